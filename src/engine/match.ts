/** Runs a compiled list's automaton over folded text and chains literal hits into whole-pattern matches. */
import type { CompiledList } from './compiled';
import type { Folded } from './normalize';
import { GAP_CHARS, STEM_TAIL } from './pattern';
import { isWordChar, needsSegmenter } from './scripts';

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
  const out: RawMatch[] = [];
  // Occurrences of the slots of multi-slot rules, by rule then slot: flat [start, end, stem] triples.
  const pending = new Map<number, number[][]>();
  let segBounds: Uint8Array | null = null;

  const boundaryOk = (pos: number): boolean => {
    if (pos <= 0 || pos >= text.length) return true;
    return !isWordChar(text.charCodeAt(pos - 1)) || !isWordChar(text.charCodeAt(pos));
  };
  // In Thai, Lao, Khmer and Burmese, a short literal can sit inside a longer word: ask the segmenter.
  const segmentOk = (start: number, end: number): boolean => {
    segBounds ??= segmentBoundaries(text);
    return segBounds[start] === 1 && segBounds[end] === 1;
  };

  list.automaton.scan(text, (lit, end) => {
    const start = end - lengths[lit]!;
    const flags = literalFlags[lit]!;
    if (flags & LEFT && !boundaryOk(start)) return;
    if (flags & RIGHT && !boundaryOk(end)) return;
    if (end - start <= 2 && needsSegmenter(text.charCodeAt(start)) && !segmentOk(start, end)) return;
    const ri = literalRule[lit]!;
    const rule = rules[ri]!;
    if (rule.parts.length === 1) {
      out.push({ rule: ri, start, end });
      return;
    }
    let perPart = pending.get(ri);
    if (!perPart) {
      perPart = rule.parts.map(() => []);
      pending.set(ri, perPart);
    }
    const occ = perPart[literalPart[lit]!]!;
    if (occ.length < MAX_OCCURRENCES * 3) occ.push(start, end, flags & STEM);
  });

  for (const [ri, perPart] of pending) chain(ri, perPart, list, text, out);
  return out;
}

export const LEFT = 1;
export const RIGHT = 2;
export const STEM = 4;

/** Joins occurrences of a rule's slots, each within its allowed distance of the one before. */
function chain(ri: number, perPart: number[][], list: CompiledList, text: string, out: RawMatch[]): void {
  const parts = list.rules[ri]!.parts;
  if (perPart.some((o) => o.length === 0)) return;
  const firsts = perPart[0]!;
  let lastEnd = -1;
  for (let k = 0; k < firsts.length; k += 3) {
    const start = firsts[k]!;
    if (start < lastEnd) continue;
    let end = firsts[k + 1]!;
    let stem = firsts[k + 2]! !== 0;
    let ok = true;
    for (let p = 1; p < parts.length && ok; p++) {
      const occ = perPart[p]!;
      const gap = parts[p]!.gapBefore;
      ok = false;
      for (let j = 0; j < occ.length; j += 3) {
        const s = occ[j]!;
        if (s < end) continue;
        if (gap === 'gap' ? s - end > GAP_CHARS + 1 : !nearOk(text, end, s, stem)) continue;
        end = occ[j + 1]!;
        stem = occ[j + 2]! !== 0;
        ok = true;
        break;
      }
    }
    if (ok) {
      out.push({ rule: ri, start, end });
      lastEnd = end;
    }
  }
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
