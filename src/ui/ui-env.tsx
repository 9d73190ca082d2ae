/**
 * The language and brand every component speaks with, from the worker's `ui` reply (see background/ui-service.ts).
 * Components read it with `useUi()`; without a provider they get a translator that answers with message keys, so a
 * screen rendered without its messages is plainly wrong rather than silently English.
 *
 * Data shown as written (names of organisations, phone numbers, addresses, the ad's words) sits in elements marked
 * `data-verbatim`; a test renders every screen in every language and finds no English outside them.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { UiReply } from '../background/ui-service';
import { PLAIN_BRAND, type Brand } from '../campaign/brand';
import { makeTranslator, type Translator } from '../i18n/catalog';
import { DEFAULT_LOCALE, type LocaleDir } from '../i18n/locales';
import type { HelpCountries } from '../help/merge';

export interface UiEnv {
  t: Translator;
  locale: LocaleDir;
  tag: string;
  rtl: boolean;
  brand: Brand;
  country?: string;
  help?: HelpCountries;
  adLanguage: boolean;
}

export function uiEnvFrom(r: UiReply): UiEnv {
  return { t: makeTranslator(r.messages, {}, r.brand.name), locale: r.locale, tag: r.tag, rtl: r.rtl, brand: r.brand, country: r.country, help: r.help, adLanguage: r.adLanguage };
}

export const KEYS_ONLY: UiEnv = { t: makeTranslator({}, {}, PLAIN_BRAND.name), locale: DEFAULT_LOCALE, tag: 'en', rtl: false, brand: PLAIN_BRAND, adLanguage: false };

export const UiContext = createContext<UiEnv>(KEYS_ONLY);
export const useUi = () => useContext(UiContext);

/** `lang` and `dir` for an element holding our text (a page's root, a warning's box inside someone else's page). */
export const langAttrs = (ui: UiEnv) => ({ lang: ui.tag, dir: ui.rtl ? ('rtl' as const) : ('ltr' as const) });
