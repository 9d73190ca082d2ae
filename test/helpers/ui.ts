/** The interface as the worker would give it, in any language, for rendering components in tests. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLAIN_BRAND } from '../../src/campaign/brand';
import { compileCatalog } from '../../src/i18n/catalog';
import { localeInfo, type LocaleDir } from '../../src/i18n/locales';
import { uiEnvFrom, type UiEnv } from '../../src/ui/ui-env';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../assets/public/_locales');
export const readMessages = (dir: string): unknown => JSON.parse(fs.readFileSync(path.join(ROOT, dir, 'messages.json'), 'utf8'));

export function uiEnv(locale: LocaleDir = 'en', over: Partial<UiEnv> = {}): UiEnv {
  const info = localeInfo(locale);
  const messages = { ...compileCatalog(readMessages('en')), ...(locale === 'en' ? {} : compileCatalog(readMessages(locale))) };
  return { ...uiEnvFrom({ ok: true, locale, tag: info.tag, rtl: !!info.rtl, messages, brand: over.brand ?? PLAIN_BRAND, help: {}, adLanguage: false }), ...over };
}
