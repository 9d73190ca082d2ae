/** Runs a compiled list's automaton over folded text and chains literal hits into whole-pattern matches. */
import type { CompiledList, Rule } from './compiled';
import type { Literal } from './pattern';
import type { Folded } from './normalize';
import { GAP_CHARS, STEM_TAIL } from './pattern';
import { isBoundary, isWordChar, needsSegmenter } from './scripts';

/** A pattern match in folded coordinates. */
export interface RawMatch {
  rule: number;
  start: number;
  end: number;
}

const SPACE = 32;
/** Occurrences kept per slot of a multi-slot rule: bounds the chaining work on hostile pages. */
const MAX_OCCURRENCES = 512;

export function findMatches(list: CompiledList, folded: Folded): RawMatch[] {
  const text = folded.text;
  const { literalRule, literalPart, literalFlags, rules } = list;
  const lengths = list.automaton.literalLengths;
  const single = singlePartRules(list);
  const found: number[] = []; // flat [rule, start, end] of single-slot rules
  // Slots of multi-slot rules, by rule: flat [start, end, stem] per slot. A slot's occurrence is kept only once
  // an earlier slot of the same rule has been seen: common words in later slots then cost nothing.
  const pending = new Map<number, number[][]>();
  let segBounds: Uint8Array | null = null;
  // In Thai, Lao, Khmer and Burmese, a short literal can sit inside a longer word: ask the segmenter.
  const segmentOk = (start: number, end: number): boolean => {
    segBounds ??= segmentBoundaries(text);
    return segBounds[start] === 1 && segBounds[end] === 1;
  };

  list.automaton.scan(text, (lit, end) => {
    const start = end - lengths[lit]!;
    const flags = literalFlags[lit]!;
    if (flags & LEFT && !isBoundary(text, start)) return;
    if (flags & RIGHT && !isBoundary(text, end)) return;
    const ri = literalRule[lit]!;
    if (single[ri] === 1) {
      if (end - start <= 2 && needsSegmenter(text.charCodeAt(start)) && !segmentOk(start, end)) return;
      found.push(ri, start, end);
      return;
    }
    const part = literalPart[lit]!;
    const rule = rules[ri]!;
    let perPart = pending.get(ri);
    if (perPart === undefined) {
      if (part !== anchorOf(rule)) return;
      perPart = rule.parts.map(() => []);
      pending.set(ri, perPart);
    } else {
      const prev = previousAnchor(rule, part);
      if (prev >= 0 && perPart[prev]!.length === 0) return;
    }
    const occ = perPart[part]!;
    if (occ.length < MAX_OCCURRENCES * 3) occ.push(start, end, flags & STEM);
  });

  const out: RawMatch[] = [];
  for (let k = 0; k < found.length; k += 3) out.push({ rule: found[k]!, start: found[k + 1]!, end: found[k + 2]! });
  for (const [ri, perPart] of pending) chain(ri, perPart, list, text, out);
  return out;
}

const singleCache = new WeakMap<CompiledList, Uint8Array>();
function singlePartRules(list: CompiledList): Uint8Array {
  let s = singleCache.get(list);
  if (!s) {
    s = Uint8Array.from(list.rules, (r) => (r.parts.length === 1 ? 1 : 0));
    singleCache.set(list, s);
  }
  return s;
}

export const LEFT = 1;
export const RIGHT = 2;
export const STEM = 4;

/**
 * Joins occurrences of a rule's slots, each within its allowed distance of the one before. Works backwards from
 * the last slot so that every occurrence is considered once (no backtracking): reach[j] is where a full chain
 * starting at occurrence j of the slot ends, or -1.
 */
function chain(ri: number, perPart: number[][], list: CompiledList, text: string, out: RawMatch[]): void {
  const rule = list.rules[ri]!;
  const parts = rule.parts;
  if (rule.inline) fillInline(rule, perPart, text);
  if (perPart.some((o) => o.length === 0)) return;
  const sorted = perPart.map(sortByStart);
  let reach = sorted[parts.length - 1]!.map((o) => o[1]!);
  for (let p = parts.length - 2; p >= 0; p--) {
    const here = sorted[p]!;
    const next = sorted[p + 1]!;
    const gap = parts[p + 1]!.gapBefore;
    const nextReach = reach;
    reach = here.map(([, end, stem]) => {
      const limit = end! + (gap === 'gap' ? GAP_CHARS + 1 : stem ? STEM_TAIL + 1 : 1);
      for (let k = lowerBound(next, end!); k < next.length && next[k]![0]! <= limit; k++) {
        if (nextReach[k]! < 0) continue;
        if (gap !== 'gap' && !nearOk(text, end!, next[k]![0]!, stem !== 0)) continue;
        return nextReach[k]!;
      }
      return -1;
    });
  }
  const firsts = sorted[0]!;
  let lastEnd = -1;
  firsts.forEach(([start], j) => {
    if (reach[j]! < 0 || start! < lastEnd) return;
    out.push({ rule: ri, start: start!, end: reach[j]! });
    lastEnd = reach[j]!;
  });
}

/** The first slot the automaton finds, and the nearest such slot before slot p (-1: none). */
function anchorOf(rule: Rule): number {
  return rule.inline ? rule.inline.indexOf(false) : 0;
}
function previousAnchor(rule: Rule, p: number): number {
  if (!rule.inline) return p - 1;
  for (let q = p - 1; q >= 0; q--) if (!rule.inline[q]) return q;
  return -1;
}

/**
 * Finds the occurrences of inline slots by comparing their alternatives right next to the occurrences of their
 * neighbours: forwards after the anchor, backwards before it.
 */
function fillInline(rule: Rule, perPart: number[][], text: string): void {
  const inline = rule.inline!;
  const anchor = inline.indexOf(false);
  for (let p = anchor - 1; p >= 0; p--) {
    const next = perPart[p + 1]!;
    const occ = perPart[p]!;
    const wide = rule.parts[p + 1]!.gapBefore === 'gap';
    for (let k = 0; k < next.length && occ.length < MAX_OCCURRENCES * 3; k += 3) {
      const s = next[k]!;
      const from = wide ? Math.max(0, s - GAP_CHARS - 1) : s > 0 && text.charCodeAt(s - 1) === SPACE ? s - 1 : s;
      for (let e = from; e <= s; e++) {
        for (const lit of rule.parts[p]!.literals) {
          const st = e - lit.text.length;
          if (st >= 0 && text.startsWith(lit.text, st) && literalFits(text, lit, st, e)) occ.push(st, e, lit.stem ? STEM : 0);
        }
      }
    }
  }
  for (let p = anchor + 1; p < inline.length; p++) {
    if (!inline[p]) continue;
    const prev = perPart[p - 1]!;
    const occ = perPart[p]!;
    const wide = rule.parts[p]!.gapBefore === 'gap';
    for (let k = 0; k < prev.length && occ.length < MAX_OCCURRENCES * 3; k += 3) {
      let e = prev[k + 1]!;
      if (prev[k + 2]) while (e < text.length && e - prev[k + 1]! < STEM_TAIL && isWordChar(text.charCodeAt(e))) e++;
      const last = wide ? e + GAP_CHARS + 1 : text.charCodeAt(e) === SPACE ? e + 1 : e;
      for (let st = e; st <= last && st < text.length; st++) {
        for (const lit of rule.parts[p]!.literals) {
          const en = st + lit.text.length;
          if (text.startsWith(lit.text, st) && literalFits(text, lit, st, en)) occ.push(st, en, lit.stem ? STEM : 0);
        }
      }
    }
  }
}

function literalFits(text: string, lit: Literal, start: number, end: number): boolean {
  return (!lit.left || isBoundary(text, start)) && (!lit.right || isBoundary(text, end));
}

function sortByStart(flat: number[]): number[][] {
  const occ: number[][] = [];
  for (let i = 0; i < flat.length; i += 3) occ.push([flat[i]!, flat[i + 1]!, flat[i + 2]!]);
  return occ.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
}

function lowerBound(occ: number[][], start: number): number {
  let lo = 0;
  let hi = occ.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (occ[mid]![0]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Between two slots: nothing or one space; after a stem, first the rest of the word (up to STEM_TAIL).
function nearOk(text: string, from: number, to: number, stem: boolean): boolean {
  if (to - from > (stem ? STEM_TAIL + 1 : 1)) return false;
  let i = from;
  if (stem) while (i < to && isWordChar(text.charCodeAt(i))) i++;
  return i === to || (i === to - 1 && text.charCodeAt(i) === SPACE);
}

let segmenter: Intl.Segmenter | null = null;
function segmentBoundaries(text: string): Uint8Array {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const b = new Uint8Array(text.length + 1);
  for (const seg of segmenter.segment(text)) {
    b[seg.index] = 1;
    b[seg.index + seg.segment.length] = 1;
  }
  return b;
}
