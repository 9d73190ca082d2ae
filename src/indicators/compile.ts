/**
 * Turns one or more validated lists into a single matcher. Lists merge by indicator id: a later list's indicator
 * adds its patterns to an earlier one of the same id and its weight wins, so a regional list can extend the core
 * list without copying it.
 */
import { buildAutomaton } from '../engine/automaton';
import type { CompiledCurrency, CompiledIndicator, CompiledList, CompiledPlace, Rule } from '../engine/compiled';
import { LEFT, RIGHT, STEM } from '../engine/match';
import { compilePattern, isShortWord } from '../engine/pattern';
import { foldPattern } from '../engine/normalize';
import type { ListDocument } from './schema';

export function compileLists(docs: ListDocument[]): CompiledList {
  const indicators: CompiledIndicator[] = [];
  const indicatorIndex = new Map<string, number>();
  const rules: Rule[] = [];
  const places: CompiledPlace[] = [];
  const currencies = new Map<string, CompiledCurrency>();
  const allow: { kind: string; value: string }[] = [];
  const allowHosts = new Map<string, number>();
  const handles: CompiledList['handles'] = [];

  const addRules = (pattern: string, lang: string, indicator: number, extra: Partial<Rule> = {}) => {
    const origin = `${lang}: ${pattern}`;
    for (const parts of compilePattern(pattern)) rules.push({ indicator, parts, origin, ...extra });
  };

  for (const doc of docs) {
    for (const ind of doc.indicators) {
      let idx = indicatorIndex.get(ind.id);
      const compiled: CompiledIndicator = { id: ind.id, family: ind.family, category: ind.category, weight: ind.weight, detector: ind.detector };
      if (idx === undefined) {
        idx = indicators.length;
        indicators.push(compiled);
        indicatorIndex.set(ind.id, idx);
      } else indicators[idx] = compiled;
      for (const [lang, list] of Object.entries(ind.patterns)) for (const p of list) addRules(p, lang, idx);
    }
    for (const place of doc.entities.places) {
      const pi = places.length;
      places.push({ id: place.id, kind: place.kind, country: place.country, localLangs: place.localLangs });
      const ind = indicatorIndex.get(place.indicator)!;
      for (const [lang, names] of Object.entries(place.names)) for (const n of names) addRules(n, lang, ind, { place: pi });
    }
    for (const org of doc.entities.organisations) {
      const ind = indicatorIndex.get(org.indicator)!;
      for (const [lang, names] of Object.entries(org.names)) for (const n of names) addRules(n, lang, ind);
    }
    for (const h of doc.entities.handles) {
      handles.push({ platform: h.platform, value: h.value === undefined ? undefined : foldPattern(h.value), sha256Prefix: h.sha256Prefix, indicator: indicatorIndex.get(h.indicator)! });
    }
    for (const c of doc.currencies) currencies.set(c.code, { code: c.code, symbols: c.symbols.map(foldSymbol), usd: c.usd, entryMonthly: c.entryMonthly, homeLangs: c.homeLangs });
    for (const a of doc.allowlist) {
      const ai = allow.length;
      allow.push({ kind: a.kind, value: a.value });
      if (a.kind === 'host') allowHosts.set(a.value.toLowerCase(), ai);
      else for (const [lang, names] of Object.entries(a.names ?? { en: [a.value] })) for (const n of names) addRules(n, lang, -1, { allow: ai });
    }
  }

  const literals: string[] = [];
  const literalRule: number[] = [];
  const literalPart: number[] = [];
  const literalFlags: number[] = [];
  rules.forEach((rule) => (rule.inline = inlineSlots(rule)));
  rules.forEach((rule, ri) =>
    rule.parts.forEach((part, pi) =>
      !rule.inline![pi] && part.literals.forEach((lit) => {
        literals.push(lit.text);
        literalRule.push(ri);
        literalPart.push(pi);
        literalFlags.push((lit.left ? LEFT : 0) | (lit.right ? RIGHT : 0) | (lit.stem ? STEM : 0));
      }),
    ),
  );

  return {
    ids: docs.map((d) => d.id),
    versions: docs.map((d) => d.version),
    indicators,
    indicatorIndex,
    rules,
    literalRule: Int32Array.from(literalRule),
    literalPart: Int32Array.from(literalPart),
    literalFlags: Uint8Array.from(literalFlags),
    automaton: buildAutomaton(literals),
    places,
    currencies: [...currencies.values()],
    allow,
    allowHosts,
    handles,
  };
}

/**
 * Which slots of a rule are checked inline (see Rule.inline): those with a short alternative, as long as the
 * rule keeps at least one slot for the automaton to find, and a leading inline slot can be found backwards
 * (no stem in it).
 */
function inlineSlots(rule: Rule): boolean[] {
  const parts = rule.parts;
  const flags = parts.map((p) => parts.length > 1 && p.literals.some((l) => isShortWord(l.text)));
  const anchor = flags.indexOf(false);
  if (anchor < 0) return parts.map(() => false);
  for (let p = 0; p < anchor; p++) if (parts[p]!.literals.some((l) => l.stem)) return parts.map(() => false);
  return flags;
}

// Currency symbols are matched against folded text; symbols such as "$" survive folding, words are folded.
function foldSymbol(s: string): string {
  const f = foldPattern(s);
  return f === '' ? s : f;
}
