/**
 * The engine: text in, verdict out. Pure and synchronous; the same code runs in Node (CLI, tests), in the page
 * and in the background worker.
 */
import type { CompiledList } from './compiled';
import { atHandles, callingCode, COMPOUND_CALLING_CODES, hasOrganisationContact, messengerContacts, phoneNumbers } from './detectors/contacts';
import { findFees } from './detectors/fees';
import { findPay } from './detectors/salary';
import { sha256Hex } from './detectors/sha256';
import { guessLang } from './lang';
import { findMatches } from './match';
import { negatedAfter, negatedBefore } from './negation';
import { endAt, fold, type Folded } from './normalize';
import { decide, DEFAULT_THRESHOLDS, type Tally, type Thresholds } from './score';
import type { CheckInput, CheckResult, Signal } from './types';
import { MAX_TEXT } from './limits';

export { MAX_TEXT };

/** Countries where most scam compounds are. */
const COMPOUND_COUNTRIES = new Set(['MM', 'KH', 'LA']);
const MAX_QUOTES_PER_INDICATOR = 3;

interface Hit { indicator: number; start: number; end: number; folded: boolean }

export function check(list: CompiledList, input: CheckInput, thresholds: Thresholds = DEFAULT_THRESHOLDS): CheckResult {
  const text = typeof input.text === 'string' ? input.text : '';
  const scanned = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const folded = fold(scanned);
  const lang = input.lang ?? guessLang(scanned, folded.text);
  const places = new Map<number, { start: number; end: number }>();
  let allowlisted: CheckResult['allowlisted'];
  const hits = phraseHits(list, scanned, folded, lang, places, (ai) => (allowlisted ??= list.allow[ai]));
  if (input.url) {
    const host = hostOf(input.url);
    for (let h = host; h && !allowlisted; h = h.includes('.') ? h.slice(h.indexOf('.') + 1) : '') {
      const ai = list.allowHosts.get(h);
      if (ai !== undefined) allowlisted = list.allow[ai];
    }
  }

  const present = new Set(hits.map((h) => list.indicators[h.indicator]!.id));
  runDetectors(list, scanned, folded, lang, present, places, hits);

  return assemble(list, text, folded, lang, hits, allowlisted, thresholds);
}

/**
 * Which indicators a text triggers, with negation as in check but before overlap and scoring: what list authors'
 * examples are checked against ("this example must match that indicator").
 */
export function indicatorsIn(list: CompiledList, text: string, lang = 'en'): Set<string> {
  const folded = fold(text);
  const places = new Map<number, { start: number; end: number }>();
  const hits = phraseHits(list, text, folded, lang, places, () => {});
  const found = new Set(hits.map((h) => list.indicators[h.indicator]!.id));
  runDetectors(list, text, folded, lang, new Set(found), places, hits);
  for (const h of hits) found.add(list.indicators[h.indicator]!.id);
  return found;
}

/**
 * Pattern matches that count: places remembered (first mention each) for the route and country detectors, a
 * job in the reader's own country skipped, negated ones dropped, allowlist names reported through `onAllow`.
 */
function phraseHits(list: CompiledList, text: string, folded: Folded, lang: string, places: Map<number, { start: number; end: number }>, onAllow: (allow: number) => void): Hit[] {
  const hits: Hit[] = [];
  for (const m of findMatches(list, folded)) {
    const rule = list.rules[m.rule]!;
    if (rule.allow !== undefined) { onAllow(rule.allow); continue; }
    if (rule.place !== undefined) {
      if (!places.has(rule.place)) places.set(rule.place, { start: m.start, end: m.end });
      if (isHome(list.places[rule.place]!, lang)) continue;
    }
    // Negation applies to context too: "no labour approval needed" is no sign of a regulated process, and "don't
    // worry about being cheated" is no report about cheating.
    if (negated(text, folded, m.start, m.end, lang)) continue;
    hits.push({ indicator: rule.indicator, start: m.start, end: m.end, folded: true });
  }
  return hits;
}

function runDetectors(list: CompiledList, text: string, folded: Folded, lang: string, present: Set<string>, places: Map<number, { start: number; end: number }>, hits: Hit[]): void {
  const byDetector = detectorsOf(list);
  const add = (det: string, start: number, end: number, isFolded: boolean) => {
    const ind = byDetector.get(det);
    if (ind !== undefined) hits.push({ indicator: ind, start, end, folded: isFolded });
  };
  const has = (...ids: string[]) => ids.some((id) => present.has(id));
  const abroad = places.size > 0 || has('overseas.abroad', 'route.third-country', 'visa.tourist-for-work', 'benefits.all-paid');

  if (byDetector.has('salary-outsized')) {
    const easy = has('requirements.no-experience', 'salary.high-easy', 'recruitment.typing-test');
    if (easy) {
      for (const pay of findPay(folded.text, list.currencies, lang)) {
        const local = pay.currency.homeLangs.includes(lang);
        const usd = pay.monthly * pay.currency.usd;
        // Pay in one's own currency is judged against home wages; foreign pay for a job abroad against a floor
        // that few entry-level jobs open to anyone reach.
        const outsized = local ? pay.monthly >= 2.5 * pay.currency.entryMonthly : abroad ? usd >= 800 : pay.monthly >= 3 * pay.currency.entryMonthly;
        if (outsized) add('salary-outsized', pay.start, pay.end, true);
      }
    }
  }
  if (byDetector.has('fee-amount')) {
    for (const f of findFees(folded.text, list.currencies, lang)) {
      if (!negatedBefore(text, folded.starts[f.start]!, lang)) add('fee-amount', f.start, f.end, true);
    }
  }
  if (byDetector.has('foreign-phone') && /\+|00/.test(text)) {
    for (const p of phoneNumbers(text)) {
      const cc = callingCode(p.value.replace(/^\+|^00/, ''));
      if (cc && !COMPOUND_CALLING_CODES[cc]!.includes(lang)) add('foreign-phone', p.start, p.end, false);
    }
  }
  if (byDetector.has('messaging-handle') && MESSENGER_WORD.test(text) && !hasOrganisationContact(text)) {
    for (const c of messengerContacts(text)) add('messaging-handle', c.start, c.end, false);
  }
  if (byDetector.has('reported-handle') && list.handles.length > 0) {
    const found = [...atHandles(text), ...phoneNumbers(text), ...messengerContacts(text)];
    for (const f of found) {
      const value = handleKey(f.value);
      const digest = list.handles.some((h) => h.sha256Prefix) ? sha256Hex(value) : '';
      for (const h of list.handles) {
        if ((h.value && h.value.replace(/ /g, '') === value) || (h.sha256Prefix && digest.startsWith(h.sha256Prefix))) {
          hits.push({ indicator: h.indicator, start: f.start, end: f.end, folded: false });
        }
      }
    }
  }
  if (places.size >= 2) {
    const list2 = [...places.entries()].map(([pi, span]) => ({ place: list.places[pi]!, span }));
    const countries = new Set(list2.map((p) => p.place.country));
    if (countries.size >= 2) {
      // A transit city followed by a place in a compound country: "fly to Bangkok, then on to Myawaddy".
      const transit = list2.find((p) => p.place.kind === 'transit' && list2.some((q) => COMPOUND_COUNTRIES.has(q.place.country) && q.place.country !== p.place.country && q.span.start > p.span.start));
      if (transit) add('route-transit', transit.span.start, transit.span.end, true);
      // Told one country, taken to a compound country: the switch that matters.
      const sorted = list2.filter((p) => p.place.kind !== 'transit').sort((a, b) => a.span.start - b.span.start);
      const firstCountry = sorted[0]?.place.country;
      const moved = sorted.find((p) => p.place.country !== firstCountry && COMPOUND_COUNTRIES.has(p.place.country));
      if (moved && !COMPOUND_COUNTRIES.has(firstCountry!)) add('country-switch', moved.span.start, moved.span.end, true);
    }
  }
}

function assemble(list: CompiledList, text: string, folded: Folded, lang: string, hits: Hit[], allowlisted: CheckResult['allowlisted'], thresholds: Thresholds): CheckResult {
  // Map to the original text, drop duplicates and quotes contained in a longer quote of the same indicator.
  const spans = hits.map((h) => {
    const [start, end] = h.folded ? [folded.starts[h.start]!, endAt(folded, h.end - 1)] : [h.start, h.end];
    return { indicator: h.indicator, start, end };
  });
  // One piece of text is one signal: where quotes overlap, the heavier indicator keeps it (a place name listed both
  // as a compound and as a location change counts once). Context quotes are kept apart from risk quotes.
  spans.sort((a, b) => weightOf(list, b.indicator) - weightOf(list, a.indicator) || a.indicator - b.indicator || a.start - b.start || b.end - a.end);
  const kept: typeof spans = [];
  const taken: { start: number; end: number; context: boolean }[] = [];
  for (const s of spans) {
    const context = list.indicators[s.indicator]!.family === 'context';
    if (taken.some((t) => t.context === context && s.start < t.end && t.start < s.end)) continue;
    taken.push({ start: s.start, end: s.end, context });
    kept.push(s);
  }
  const signals: Signal[] = [];
  const mitigations: Signal[] = [];
  const counts = new Map<number, number>();
  let reportHits = 0;
  let legitHits = 0;
  for (const s of kept) {
    const ind = list.indicators[s.indicator]!;
    const n = (counts.get(s.indicator) ?? 0) + 1;
    counts.set(s.indicator, n);
    if (ind.family === 'context') {
      if (ind.category === 'report') reportHits++;
      else legitHits++;
    }
    if (n > MAX_QUOTES_PER_INDICATOR) continue;
    const signal: Signal = { indicator: ind.id, category: ind.category, weight: ind.weight, evidence: text.slice(s.start, s.end), start: s.start, end: s.end };
    (ind.family === 'context' ? mitigations : signals).push(signal);
  }
  const tallies: Tally[] = [...counts].map(([i, count]) => ({ indicator: list.indicators[i]!, count }));
  const verdict = decide(tallies, reportHits, legitHits, allowlisted !== undefined, thresholds);
  signals.sort((a, b) => b.weight - a.weight || a.start - b.start);
  mitigations.sort((a, b) => a.start - b.start);
  const result: CheckResult = { ...verdict, lang, signals, mitigations };
  if (allowlisted) result.allowlisted = allowlisted;
  return result;
}

/** A red flag the ad disowns, before it ("we never charge fees") or, in languages that negate after the verb, after it. */
function negated(text: string, folded: Folded, start: number, end: number, lang: string): boolean {
  return negatedBefore(text, folded.starts[start]!, lang) || negatedAfter(text, endAt(folded, end - 1));
}

// Cheap tests that let a detector skip a text that cannot contain what it looks for.
const MESSENGER_WORD = /telegram|whats|wa\.me|t\.me|line|zalo|viber|signal|wechat|weixin|imo|\btg\b|\bvx\b|\bwa\b/i;

const detectorCache = new WeakMap<CompiledList, Map<string, number>>();
/** Which indicator each built-in detector reports as, for this list. */
function detectorsOf(list: CompiledList): Map<string, number> {
  let m = detectorCache.get(list);
  if (!m) {
    m = new Map();
    list.indicators.forEach((ind, i) => ind.detector && m!.set(ind.detector, i));
    detectorCache.set(list, m);
  }
  return m;
}

/** A job in one's own country or city is not a warning sign by itself; a compound town is, whoever reads about it. */
function isHome(place: CompiledList['places'][number], lang: string): boolean {
  return (place.kind === 'country' || place.kind === 'transit') && place.localLangs.includes(lang);
}

function weightOf(list: CompiledList, i: number): number {
  return list.indicators[i]!.weight;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}


/** The form a reported handle or number is compared (and hashed) in: folded, without spaces. */
export function handleKey(raw: string): string {
  return fold(raw).text.replace(/ /g, '');
}
