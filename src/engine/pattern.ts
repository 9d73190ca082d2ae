/**
 * The pattern language of indicator lists, kept small so that every pattern compiles to plain literals that one
 * Aho-Corasick automaton finds in time linear in the text, whoever wrote the list:
 *   `free [air ]ticket`        optional part (also `(air )?`)
 *   `(tourist|visit) visa`     alternatives (may nest)
 *   `recruit* agent`           `*` after a word: the word may go on ("recruiting")
 *   `passport ... keep`        up to GAP_CHARS characters between the two sides, in this order
 * There is no other regular-expression power, by design: nothing here can backtrack.
 *
 * A pattern becomes a sequence of slots, each a set of literal alternatives. Neighbouring pieces are multiplied
 * out into one slot while that stays under MAX_SLOT_ALTERNATIVES, so most patterns are a single slot; long
 * combinations become several slots that the matcher chains, which keeps the automaton small (the sum of the
 * alternatives, not their product).
 */
import { foldPattern } from './normalize';
import { isUnspacedScriptChar } from './scripts';

export const GAP_CHARS = 40;
/** How far a `word*` stem may run on before the next slot. */
export const STEM_TAIL = 16;
export const MAX_SLOT_ALTERNATIVES = 64;
/** Neighbouring pieces are multiplied into one slot only while the product stays this small: beyond it, chaining
 * slots is cheaper than a larger automaton. */
export const MERGE_LIMIT = 8;
/** Optional slots double the ways a pattern can be chained; this bounds it. */
export const MAX_SHAPES = 32;

export interface Literal {
  text: string;
  /** Must start at a word start (spaced scripts only). */
  left: boolean;
  /** Must end at a word end; false for stems and scripts without spaces. */
  right: boolean;
  /** Ends with `*`: the word may run on before the next slot. */
  stem: boolean;
}

export interface Part {
  literals: Literal[];
  /** What may stand between this slot and the previous one: 'near' = nothing or one space (after a stem: the
   * rest of the word first); 'gap' = up to GAP_CHARS characters. */
  gapBefore: 'none' | 'near' | 'gap';
}

export class PatternError extends Error {}

type Item = { kind: 'text'; text: string } | { kind: 'group'; alts: Item[][]; optional: boolean };

function parse(src: string): Item[] {
  let pos = 0;
  const parseSeq = (): Item[] => {
    const items: Item[] = [];
    while (pos < src.length) {
      const ch = src[pos]!;
      if (ch === '|' || ch === ')' || ch === ']') break;
      if (ch === '(' || ch === '[') {
        pos++;
        const closer = ch === '(' ? ')' : ']';
        const alts: Item[][] = [parseSeq()];
        while (src[pos] === '|') { pos++; alts.push(parseSeq()); }
        if (src[pos] !== closer) throw new PatternError(`missing "${closer}" at ${pos} in ${JSON.stringify(src)}`);
        pos++;
        let optional = ch === '[';
        if (src[pos] === '?') { optional = true; pos++; }
        items.push({ kind: 'group', alts, optional });
      } else {
        let text = '';
        while (pos < src.length && !'()[]|'.includes(src[pos]!)) text += src[pos++];
        // A `*` ends a slot: split the text after each one.
        const pieces = text.split(/(?<=\*)/);
        for (const p of pieces) items.push({ kind: 'text', text: p });
      }
    }
    return items;
  };
  const items = parseSeq();
  if (pos !== src.length) throw new PatternError(`unexpected "${src[pos]}" at ${pos} in ${JSON.stringify(src)}`);
  return items;
}

/** Every string a sequence of items stands for (bounded). */
function expandSeq(items: Item[], src: string): string[] {
  let acc = [''];
  for (const it of items) {
    const opts = expandItem(it, src);
    const next: string[] = [];
    for (const a of acc) for (const o of opts) next.push(a + o);
    if (next.length > MAX_SLOT_ALTERNATIVES) throw new PatternError(`a group has more than ${MAX_SLOT_ALTERNATIVES} alternatives: ${JSON.stringify(src)}`);
    acc = next;
  }
  return acc;
}

function expandItem(it: Item, src: string): string[] {
  if (it.kind === 'text') return [it.text];
  const out = it.alts.flatMap((seq) => expandSeq(seq, src));
  if (it.optional) out.unshift('');
  if (out.some((o) => o.includes('...'))) throw new PatternError(`"..." inside a group: ${JSON.stringify(src)}`);
  return [...new Set(out)];
}

/** Expands a pattern fully. For tests and tools; the matcher uses compilePattern. */
export function expand(src: string, limit = 4096): string[] {
  const branches = splitTopLevel(src);
  if (branches.length > 1) return [...new Set(branches.flatMap((b) => expand(b, limit)))];
  let acc = [''];
  for (const it of parse(src)) {
    const opts = expandItem(it, src);
    const next: string[] = [];
    for (const a of acc) for (const o of opts) next.push(a + o);
    if (next.length > limit) throw new PatternError(`more than ${limit} variants: ${JSON.stringify(src)}`);
    acc = next;
  }
  return [...new Set(acc)];
}

/** A word too short to be worth finding on its own ("a", "sa", "di"); two Chinese or Thai characters are not. */
export const isShortWord = (t: string): boolean => t.length < 3 && !(t.length === 2 && isUnspacedScriptChar(t.charCodeAt(0)));

/** A raw piece too short to be worth its own slot (an empty alternative counts: it leaves its neighbour alone). */
const isTiny = (raw: string): boolean => isShortWord(raw.replace(/[*\s]/g, ''));

const unspacedAt = (s: string, i: number) => i >= 0 && i < s.length && isUnspacedScriptChar(s.charCodeAt(i));

function toLiteral(raw: string, first: boolean, last: boolean): Literal | null {
  const stem = raw.endsWith('*');
  const body = stem ? raw.slice(0, -1) : raw;
  const text = foldPattern(body.replace(/\*/g, ' '));
  if (text === '') return null;
  const leadSpace = first || /^\s/.test(body);
  const trailSpace = (last && !stem) || /\s$/.test(body);
  return {
    text,
    left: leadSpace && !unspacedAt(text, 0),
    right: !stem && trailSpace && !unspacedAt(text, text.length - 1),
    stem,
  };
}

/** A pattern as the matcher needs it: one or more shapes (ways to chain), each a sequence of slots. */
export function compilePattern(src: string): Part[][] {
  const branches = splitTopLevel(src);
  return branches.length > 1 ? branches.flatMap(compileBranch) : compileBranch(src);
}

/** Splits `src` at `sep` where it stands outside any group; `nested` is called for a `sep` inside a group. */
function splitOutsideGroups(src: string, sep: string, nested?: () => void): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (src.startsWith(sep, i)) {
      if (depth > 0) {
        nested?.();
        continue;
      }
      out.push(src.slice(from, i));
      from = i + sep.length;
      i += sep.length - 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** Splits at `...`; a gap inside a group would make the slots ambiguous, so it is refused. */
function splitGaps(src: string): string[] {
  return splitOutsideGroups(src, '...', () => {
    throw new PatternError(`"..." inside a group: ${JSON.stringify(src)}`);
  }).map((chunk) => chunk.trim());
}

/** `a|b` at the top level of a pattern means either pattern. */
function splitTopLevel(src: string): string[] {
  return splitOutsideGroups(src, '|');
}

function compileBranch(src: string): Part[][] {
  if (src.trim() === '') throw new PatternError('empty pattern');
  const chunks = splitGaps(src);
  // Each chunk: slots of raw alternatives, greedily multiplied while small.
  type Slot = { raws: string[]; gapBefore: Part['gapBefore'] };
  const slots: Slot[] = [];
  chunks.forEach((chunk, ci) => {
    if (chunk.trim() === '') throw new PatternError(`empty side of "..." in ${JSON.stringify(src)}`);
    let cur: string[] | null = null;
    let first = true;
    const close = () => {
      if (cur) slots.push({ raws: cur, gapBefore: first ? (ci > 0 ? 'gap' : 'none') : 'near' });
      if (cur) first = false;
      cur = null;
    };
    for (const it of parse(chunk)) {
      const opts = expandItem(it, src);
      if (opts.length > MAX_SLOT_ALTERNATIVES) throw new PatternError(`a group has more than ${MAX_SLOT_ALTERNATIVES} alternatives: ${JSON.stringify(src)}`);
      const c = cur as string[] | null;
      const product = c ? c.length * opts.length : 0;
      // Short pieces ("a", "sa", "in") would be found thousands of times in any text: keep them in a slot with
      // their neighbour even past MERGE_LIMIT.
      const tiny = c !== null && (c.some(isTiny) || opts.some(isTiny));
      if (c !== null && !c.some((x) => x.endsWith('*')) && (product <= Math.max(MERGE_LIMIT, opts.length, c.length) || (tiny && product <= MAX_SLOT_ALTERNATIVES))) {
        const next: string[] = [];
        for (const a of cur as string[]) for (const o of opts) next.push(a + o);
        cur = [...new Set(next)];
      } else {
        close();
        cur = opts;
      }
    }
    close();
  });

  // Fold each slot's alternatives; an alternative that folds to nothing makes its slot optional. An alternative
  // with a stem inside ("скорост* печати") is a little sequence of its own: it gets its own shapes.
  let shapes: Part[][] = [[]];
  slots.forEach((slot, si) => {
    const prev = slots[si - 1];
    const next = slots[si + 1];
    const firstInChunk = slot.gapBefore !== 'near' || prev!.raws.some((r) => /\s$/.test(r));
    const lastInChunk = !next || next.gapBefore === 'gap' || next.raws.some((r) => /^\s/.test(r));
    const literals: Literal[] = [];
    const sequences: Part[][] = [];
    let optional = false;
    for (const raw of slot.raws) {
      const pieces = raw.split(/(?<=\*)/).filter((p) => p !== '');
      if (pieces.length > 1) {
        const seq = pieces
          .map((piece, k) => toLiteral(piece, firstInChunk && k === 0, lastInChunk && k === pieces.length - 1))
          .filter((l): l is Literal => l !== null)
          .map((lit, k): Part => ({ literals: [lit], gapBefore: k === 0 ? slot.gapBefore : 'near' }));
        if (seq.length > 0) sequences.push(seq);
        continue;
      }
      const lit = toLiteral(raw, firstInChunk, lastInChunk);
      if (lit) literals.push(lit);
      else optional = true; // punctuation folds away as in text: "(and|&)" is "and" or nothing
    }
    const options: Part[][] = [...sequences];
    if (literals.length > 0) options.unshift([{ literals: dedupe(literals), gapBefore: slot.gapBefore }]);
    if (optional || options.length === 0) options.push([]);
    const grown: Part[][] = [];
    for (const s of shapes) for (const o of options) grown.push([...s, ...o]);
    if (grown.length > MAX_SHAPES) throw new PatternError(`too many ways to chain ${JSON.stringify(src)}: split it into simpler patterns`);
    shapes = grown;
  });
  shapes = shapes.filter((s) => s.length > 0).map(fixGaps);
  if (shapes.length === 0) throw new PatternError(`pattern matches nothing: ${JSON.stringify(src)}`);
  return shapes;
}

// When an optional first slot is left out, the next one starts the pattern.
function fixGaps(shape: Part[]): Part[] {
  if (shape[0]!.gapBefore === 'none') return shape;
  return [{ ...shape[0]!, gapBefore: 'none' }, ...shape.slice(1)];
}

function dedupe(lits: Literal[]): Literal[] {
  const seen = new Set<string>();
  return lits.filter((l) => {
    const k = `${l.text}|${l.left}|${l.right}|${l.stem}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
