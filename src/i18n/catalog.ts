/**
 * Messages in the browser's own format (`_locales/<dir>/messages.json`), read by our code rather than by
 * `i18n.getMessage`, because the browser's function only knows the browser's language: the user can choose another
 * in settings, a campaign can set one, and a warning can be shown in the ad's language.
 *
 * A catalog is compiled once: named placeholders become their positional content ("$1"), and the `app` placeholder
 * becomes "$@", later replaced by the product name (Lurewatch, or a campaign's name). "$$" stays a literal "$".
 */
import type { MessageKey } from './keys';

export type Catalog = Record<string, string>;

const NAME = /^[A-Za-z0-9_@]+$/;

/** Compiles a parsed messages.json; entries that are not well formed are left out (English then stands in). */
export function compileCatalog(raw: unknown): Catalog {
  const out: Catalog = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [key, entry] of Object.entries(raw as Record<string, unknown>)) {
    if (!NAME.test(key) || typeof entry !== 'object' || entry === null) continue;
    const { message, placeholders } = entry as { message?: unknown; placeholders?: unknown };
    if (typeof message !== 'string' || !message.trim()) continue;
    const ph = (typeof placeholders === 'object' && placeholders !== null ? placeholders : {}) as Record<string, { content?: unknown }>;
    let broken = false;
    const compiled = message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (all, name: string | undefined) => {
      if (!name) return all;
      const lower = name.toLowerCase();
      if (lower === 'app') return '$@';
      const content = Object.entries(ph).find(([k]) => k.toLowerCase() === lower)?.[1]?.content;
      if (typeof content !== 'string') return ((broken = true), all);
      return content;
    });
    if (!broken) out[key] = compiled;
  }
  return out;
}

/** The message with its arguments, as a list of pieces (strings and whatever the arguments are: links, bold text). */
export function pieces<T>(message: string, args: readonly (T | string | number)[], app: string): (T | string)[] {
  const out: (T | string)[] = [];
  let text = '';
  let last = 0;
  for (const m of message.matchAll(/\$(\$|@|[1-9])/g)) {
    text += message.slice(last, m.index);
    last = m.index! + m[0].length;
    const c = m[1]!;
    if (c === '$') text += '$';
    else if (c === '@') text += app;
    else {
      const a = args[Number(c) - 1];
      if (a === undefined) continue;
      if (typeof a === 'string' || typeof a === 'number') text += String(a);
      else {
        if (text) out.push(text);
        out.push(a);
        text = '';
      }
    }
  }
  text += message.slice(last);
  if (text) out.push(text);
  return out;
}

export interface Translator {
  /** The message as text; the key itself when no catalog has it (a visible, testable failure). */
  (key: MessageKey, ...args: (string | number)[]): string;
  /** The message as pieces, for arguments that are elements (a link inside a sentence). */
  rich<T>(key: MessageKey, ...args: (T | string | number)[]): (T | string)[];
  /** A message named by data (an indicator list's explanation key), when some catalog has it. */
  lookup(key: string): string | undefined;
}

/** A translator over the chosen language's catalog with English underneath for anything it lacks. */
export function makeTranslator(catalog: Catalog, fallback: Catalog, app: string): Translator {
  const find = (key: string) => catalog[key] ?? fallback[key];
  const t = ((key: MessageKey, ...args: (string | number)[]) => {
    const m = find(key);
    return m === undefined ? key : pieces<never>(m, args, app).join('');
  }) as Translator;
  t.rich = <T,>(key: MessageKey, ...args: (T | string | number)[]) => {
    const m = find(key);
    return m === undefined ? [key] : pieces<T>(m, args, app);
  };
  t.lookup = (key) => {
    const m = find(key);
    return m === undefined ? undefined : pieces<never>(m, [], app).join('');
  };
  return t;
}
