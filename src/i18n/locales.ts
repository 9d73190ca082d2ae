/**
 * The interface languages. `dir` is the folder under `_locales/` (the browser's own spelling, e.g. pt_BR); `tag`
 * is the BCP-47 tag for `lang=` attributes and Intl. Matching a browser or ad language to one of these is in
 * `matchLocale`, pure so that the worker, the pages and the tests agree.
 */
export interface LocaleInfo { dir: string; tag: string; rtl?: true }

export const LOCALES = [
  { dir: 'en', tag: 'en' },
  { dir: 'zh_CN', tag: 'zh-CN' },
  { dir: 'zh_TW', tag: 'zh-TW' },
  { dir: 'vi', tag: 'vi' },
  { dir: 'th', tag: 'th' },
  { dir: 'id', tag: 'id' },
  { dir: 'fil', tag: 'fil' },
  { dir: 'hi', tag: 'hi' },
  { dir: 'bn', tag: 'bn' },
  { dir: 'ne', tag: 'ne' },
  { dir: 'si', tag: 'si' },
  { dir: 'ta', tag: 'ta' },
  { dir: 'my', tag: 'my' },
  { dir: 'km', tag: 'km' },
  { dir: 'lo', tag: 'lo' },
  { dir: 'sw', tag: 'sw' },
  { dir: 'am', tag: 'am' },
  { dir: 'es', tag: 'es' },
  { dir: 'pt_BR', tag: 'pt-BR' },
  { dir: 'ru', tag: 'ru' },
  { dir: 'fr', tag: 'fr' },
  { dir: 'ar', tag: 'ar', rtl: true },
] as const satisfies readonly LocaleInfo[];

export type LocaleDir = (typeof LOCALES)[number]['dir'];
export const DEFAULT_LOCALE: LocaleDir = 'en';

const BY_DIR = new Map<string, LocaleInfo>(LOCALES.map((l) => [l.dir, l]));
export const localeInfo = (dir: string): LocaleInfo => BY_DIR.get(dir) ?? BY_DIR.get(DEFAULT_LOCALE)!;

/** Languages written with other codes that mean one of ours (Tagalog is taught as Filipino; "in" is old Indonesian). */
const ALIASES: Record<string, LocaleDir> = { tl: 'fil', in: 'id', pt: 'pt_BR', zh: 'zh_CN' };
const TRADITIONAL = /^zh[-_](tw|hk|mo|hant)/i;

/**
 * One of our locales for a language tag ("pt-PT" -> pt_BR, "zh-Hant-HK" -> zh_TW, "ar-EG" -> ar), or undefined when
 * we have none for that language: the caller then tries the next preference and finally English.
 */
export function matchLocale(tag: string | undefined | null): LocaleDir | undefined {
  if (!tag) return undefined;
  const t = tag.trim().replace(/_/g, '-');
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(t)) return undefined;
  const exact = LOCALES.find((l) => l.tag.toLowerCase() === t.toLowerCase());
  if (exact) return exact.dir;
  if (TRADITIONAL.test(t)) return 'zh_TW';
  const lang = t.split('-')[0]!.toLowerCase();
  const base = LOCALES.find((l) => l.tag === lang);
  return base ? base.dir : ALIASES[lang];
}

/** The first of the preferences we can show, else English. */
export function pickLocale(preferences: readonly (string | undefined | null)[]): LocaleDir {
  for (const p of preferences) {
    const m = matchLocale(p);
    if (m) return m;
  }
  return DEFAULT_LOCALE;
}

/** The reader's country as the browser states it ("en-PH" -> "PH"), or undefined. */
export function readerCountry(languages: readonly string[]): string | undefined {
  for (const l of languages) {
    const m = /-([A-Z]{2})\b/.exec(l);
    if (m) return m[1];
  }
  return undefined;
}

/** The language's own name for itself ("ไทย", "العربية"), as the platform knows it. */
export function endonym(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    return name ? name.charAt(0).toLocaleUpperCase(tag) + name.slice(1) : tag;
  } catch {
    return tag;
  }
}

/** A country's name in the reader's language, from the platform (no table of our own to translate). */
export function countryName(tag: string, code: string): string {
  try {
    return new Intl.DisplayNames([tag], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
