/**
 * What every surface needs to speak to the user: the messages in the right language (with English under them),
 * the brand (Lurewatch, or a campaign's name, hotlines and message, with an administrator's policy on top), the
 * reader's country and the help directory. Worked out once here, so the banner, popup and pages always agree.
 *
 * The language is the first of: the one asked for (a warning shown in the ad's language), the user's choice in
 * settings, an administrator's or campaign's default, the browser's languages, English.
 */
import { brandFrom, type Brand, type BuildCampaign } from '../campaign/brand';
import { describeIssues, ManagedSchema, type Managed } from '../campaign/schema';
import { compileCatalog, type Catalog } from '../i18n/catalog';
import { DEFAULT_LOCALE, localeInfo, matchLocale, pickLocale, readerCountry, type LocaleDir } from '../i18n/locales';
import type { HelpCountries } from '../help/merge';
import type { Settings } from '../settings/settings';

export interface UiReply {
  ok: true;
  locale: LocaleDir;
  tag: string;
  rtl: boolean;
  /** The language's messages over English's: anything a translation lacks shows in English, never as a key. */
  messages: Catalog;
  brand: Brand;
  country?: string;
  help: HelpCountries;
  /** The user wants warnings in the ad's language when it differs from theirs. */
  adLanguage: boolean;
}

export interface UiDeps {
  /** The parsed `_locales/<dir>/messages.json` of the extension. */
  loadMessages: (dir: string) => Promise<unknown>;
  readSettings: () => Promise<Settings>;
  /** The administrator's policy (`storage.managed`); rejects or returns {} where there is none. */
  readManaged: () => Promise<unknown>;
  languages: () => readonly string[];
  campaign: BuildCampaign | null;
  warn?: (message: string) => void;
}

/** An administrator's policy, validated whole: a policy with a mistake is ignored (and said so), never half used. */
export function parseManaged(raw: unknown, warn?: (m: string) => void): Managed | null {
  if (raw === null || raw === undefined || (typeof raw === 'object' && Object.keys(raw).length === 0)) return null;
  const r = ManagedSchema.safeParse(raw);
  if (r.success) return r.data;
  warn?.(`Lurewatch: the administrator's policy was ignored: ${describeIssues(r.error).join('; ')}`);
  return null;
}

export function createUiService(deps: UiDeps) {
  const catalogs = new Map<string, Promise<Catalog>>();
  const warned = new Set<string>();
  const warnOnce = (m: string) => void (warned.has(m) || (warned.add(m), deps.warn?.(m)));

  const read = (dir: string) => deps.loadMessages(dir).then(compileCatalog, () => ({}) as Catalog);
  /** A language's messages laid over English's, read and merged once per language. */
  const messages = (dir: LocaleDir): Promise<Catalog> => {
    let c = catalogs.get(dir);
    if (!c) {
      c = dir === DEFAULT_LOCALE ? read(dir) : Promise.all([messages(DEFAULT_LOCALE), read(dir)]).then(([en, mine]) => ({ ...en, ...mine }));
      catalogs.set(dir, c);
    }
    return c;
  };
  // Read each time (the browser keeps it in memory): a policy can arrive after the worker starts, and a page that
  // hears of it must not be answered from an older copy.
  const policy = () => deps.readManaged().then((m) => parseManaged(m, warnOnce), () => null);

  return {
    /** `help` is the directory in use (the checker's lists may correct it). */
    async handle(asked: string | undefined, help: HelpCountries): Promise<UiReply> {
      const [settings, pol] = await Promise.all([deps.readSettings(), policy()]);
      const brand = brandFrom(deps.campaign, pol);
      const chosen = settings.language === 'auto' ? undefined : matchLocale(settings.language);
      const locale = matchLocale(asked) ?? chosen ?? matchLocale(brand.defaultLanguage) ?? pickLocale(deps.languages());
      const info = localeInfo(locale);
      return {
        ok: true,
        locale,
        tag: info.tag,
        rtl: !!info.rtl,
        messages: await messages(locale),
        brand,
        country: brand.defaultCountry ?? readerCountry(deps.languages()),
        help,
        adLanguage: settings.adLanguage,
      };
    },
    /** The administrator's policy in effect (validated), for the worker's other parts (their extra lists). */
    policy,
  };
}

export type UiService = ReturnType<typeof createUiService>;
