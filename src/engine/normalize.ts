/**
 * Folds text into a form where one pattern matches the many ways an ad can be typed, while remembering for every
 * folded character which span of the original it came from, so that evidence can always be quoted exactly.
 *
 * Folding: NFKC (full-width forms, ligatures), lower case, Latin diacritics dropped (Vietnamese ads are often typed
 * without them), look-alike letters and digits inside Latin words mapped back ("T3legram", "P@rk", Cyrillic "е" in
 * "Tеlegram"), zero-width characters dropped, letters spaced out to dodge filters joined ("w h a t s a p p"), and
 * every run of spaces, punctuation and emoji reduced to one space.
 */

export interface Folded {
  /** The folded text. */
  text: string;
  /** For folded index i, the original character it came from starts at starts[i] (see endAt). */
  starts: Int32Array;
  /** The original text. */
  input: string;
}

/** Where the original character behind folded index i ends: every folded character comes from one code point. */
export function endAt(f: Folded, i: number): number {
  const s = f.starts[i]!;
  const c = f.input.charCodeAt(s);
  return c >= 0xd800 && c <= 0xdbff && s + 1 < f.input.length ? s + 2 : s + 1;
}

// Scratch space for the folded code units, decoded into a string before fold returns.
let scratch = new Uint16Array(4096);
const utf16 = new TextDecoder('utf-16le');

const SPACE = 32;

/** Code points dropped outright: zero-width and soft-hyphen characters used to split words invisibly. */
const INVISIBLE = new Set([0x00ad, 0x034f, 0x061c, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff]);

/** Digits and symbols that stand in for letters when typed inside a Latin word (0 = none). */
const LEET = new Uint16Array(128);
for (const [from, to] of [[48, 111], [49, 105], [51, 101], [52, 97], [53, 115], [55, 116], [64, 97], [36, 115]] as const) LEET[from] = to;

/** Cyrillic and Greek letters that look like Latin ones; mapped only when a Latin letter is beside them. */
const CONFUSABLE_PAIRS: Record<number, number> = {
  0x0430: 97, 0x0435: 101, 0x043e: 111, 0x0440: 112, 0x0441: 99, 0x0445: 120, 0x0443: 121, 0x0456: 105,
  0x0458: 106, 0x0455: 115, 0x043a: 107, 0x0501: 100, 0x04bb: 104, 0x03bf: 111, 0x03b1: 97, 0x03b5: 101,
  0x03b9: 105, 0x03ba: 107, 0x03bd: 118, 0x03c1: 112, 0x03c4: 116, 0x03c5: 117, 0x0391: 97, 0x0392: 98,
};
const CONFUSABLE = new Uint16Array(0x0600);
for (const [from, to] of Object.entries(CONFUSABLE_PAIRS)) CONFUSABLE[Number(from)] = to;

/** Kept in the folded text because the salary and contact detectors read them. */
const KEPT_SYMBOLS = new Set(['$', '€', '£', '¥', '₱', '₹', '฿', '₫', '₽', '₩', '₭', '៛', '₦', '₨', '₺', '৳', '+', '@']);

// Per code point, what it folds to, computed once: '' = dropped, ' ' = separator, else the folded letters.
const foldCache = new Map<number, string>();
const ASCII_FOLD: string[] = [];
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[a-z0-9]/.test(ch)) ASCII_FOLD[c] = ch;
  else if (/[A-Z]/.test(ch)) ASCII_FOLD[c] = ch.toLowerCase();
  else if (KEPT_SYMBOLS.has(ch)) ASCII_FOLD[c] = ch;
  else ASCII_FOLD[c] = ' ';
}

const WORDLIKE = /[\p{L}\p{M}\p{N}]/u;
const LATIN_MARK = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff]/g;

function foldCodePoint(cp: number): string {
  if (cp < 128) return ASCII_FOLD[cp]!;
  let f = foldCache.get(cp);
  if (f !== undefined) return f;
  if (INVISIBLE.has(cp)) f = '';
  else {
    const ch = String.fromCodePoint(cp);
    if (KEPT_SYMBOLS.has(ch)) f = ch;
    else if (cp >= 0x0300 && cp <= 0x036f) f = ''; // a combining accent typed separately
    else {
      let s = ch.normalize('NFKC').toLowerCase();
      // Drop accents only from letters whose base is Latin, Greek or Cyrillic; Indic and Southeast Asian vowel
      // signs are combining marks too, and carry meaning.
      const d = s.normalize('NFD');
      if (d.charCodeAt(0) < 0x0530) s = d.replace(LATIN_MARK, '').normalize('NFC');
      if (s === 'đ') s = 'd';
      else if (s === 'ı') s = 'i';
      else if (s === 'ё') s = 'е';
      else if (s === 'й') s = 'и';
      let out = '';
      for (const c of s) {
        if (KEPT_SYMBOLS.has(c)) out += c;
        else if (WORDLIKE.test(c)) out += c;
        else out += ' ';
      }
      f = out.length === 0 ? '' : out;
    }
  }
  foldCache.set(cp, f);
  return f;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// Hot-path tables. ASCII_OUT: the folded code of an ASCII character, SPACE for separators.
const ASCII_OUT = new Uint16Array(128);
for (let c = 0; c < 128; c++) ASCII_OUT[c] = ASCII_FOLD[c]!.charCodeAt(0);
// For BMP code points: the folded code when it is one code unit, DROP when dropped, COMPLEX when it needs the Map
// (several code units), 0 when not yet computed.
const BMP_OUT = new Uint16Array(65536);
const DROP = 0xfffe;
const COMPLEX = 0xffff;

function foldBmp(cp: number): number {
  const f = foldCodePoint(cp);
  const v = f === '' ? DROP : f.length === 1 && f.charCodeAt(0) < DROP ? f.charCodeAt(0) : COMPLEX;
  BMP_OUT[cp] = v;
  return v;
}

/** Folds `input` (see the module comment). Linear in the input's length. */
export function fold(input: string): Folded {
  const n = input.length;
  // Folding rarely grows text (NFKC ligatures); reserve a margin and grow if needed.
  let cap = n + (n >> 2) + 16;
  if (scratch.length < cap) scratch = new Uint16Array(cap * 2);
  let out = scratch;
  let starts = new Int32Array(cap);
  let len = 0;
  let singleLetterRuns = false;
  let tokenLen = 0; // letters in the current token of the folded text
  let prev = SPACE; // last folded code

  for (let i = 0; i < n; ) {
    if (len + 20 > cap) {
      cap = cap * 2 + 32;
      const o2 = new Uint16Array(cap); o2.set(out.subarray(0, len)); out = scratch = o2;
      const s2 = new Int32Array(cap); s2.set(starts.subarray(0, len)); starts = s2;
    }
    let cp = input.charCodeAt(i);
    // What this code point folds to: one code unit (`single`), several (`folded`), or nothing.
    let end = i + 1;
    let single: number;
    let folded: string | null = null;
    if (cp < 128) {
      single = ASCII_OUT[cp]!;
      if (single !== SPACE && (cp < 97 || cp > 122) && (cp < 48 || cp > 57)) {
        // Not a plain lower-case letter or digit: look-alikes depend on the neighbours.
        const next = end < n ? input.charCodeAt(end) : SPACE;
        const leet = LEET[cp]!;
        if (leet !== 0 && isAsciiLetter(prev) && isAsciiLetter(next)) single = leet;
        else if (cp >= 65 && cp <= 90) single = cp + 32;
      } else if (single === SPACE) {
        const next = end < n ? input.charCodeAt(end) : SPACE;
        if ((cp === 44 || cp === 46) && isDigit(prev) && isDigit(next)) single = cp; // 1,200 and 1.5
        else if (cp === 95 && prev !== SPACE && next < 128 && ASCII_OUT[next] !== SPACE) single = cp; // handle_names
      } else if (cp >= 48 && cp <= 57 && LEET[cp] !== 0 && isAsciiLetter(prev)) {
        const next = end < n ? input.charCodeAt(end) : SPACE;
        if (isAsciiLetter(next)) single = LEET[cp]!; // T3legram
      }
    } else {
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
        const lo = input.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) { cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000; end = i + 2; }
      }
      const conf = cp < 0x0600 ? CONFUSABLE[cp]! : 0;
      if (conf !== 0 && (isAsciiLetter(prev) || (end < n && isAsciiLetter(input.charCodeAt(end))))) single = conf;
      else {
        single = cp < 65536 ? BMP_OUT[cp]! : COMPLEX;
        if (single === 0) single = foldBmp(cp);
        if (single === DROP) { i = end; continue; }
        if (single === COMPLEX) folded = foldCodePoint(cp);
      }
    }
    const count = folded === null ? 1 : folded.length;
    for (let k = 0; k < count; k++) {
      const c = folded === null ? single : folded.charCodeAt(k);
      if (c === SPACE) {
        if (prev !== SPACE && len > 0) {
          if (tokenLen === 1 && isAsciiLetter(prev)) singleLetterRuns = true;
          tokenLen = 0;
          out[len] = SPACE; starts[len] = i; len++;
          prev = SPACE;
        }
      } else {
        out[len] = c; starts[len] = i; len++;
        prev = c;
        tokenLen++;
      }
    }
    i = end;
  }
  if (len > 0 && out[len - 1] === SPACE) len--;
  if (tokenLen === 1 && len > 0 && isAsciiLetter(out[len - 1]!)) singleLetterRuns = true;

  const text = utf16.decode(out.subarray(0, len));
  const result: Folded = { text, starts: starts.subarray(0, len), input };
  return singleLetterRuns ? joinSpacedLetters(result) : result;
}

/**
 * "w h a t s a p p" and "k.k park" -> "whatsapp", "kk park": runs of one-letter Latin tokens are joined when
 * there are three or more, or two joined by a dot or dash ("K.K"). Two letters apart by a space or apostrophe
 * stay apart: "a l'aéroport", "don't".
 */
function joinSpacedLetters(f: Folded): Folded {
  const { text, starts, input } = f;
  const single = (i: number) =>
    i >= 0 && i < text.length && isAsciiLetter(text.charCodeAt(i)) &&
    (i === 0 || text.charCodeAt(i - 1) === SPACE) && (i + 1 === text.length || text.charCodeAt(i + 1) === SPACE);
  const keep = new Uint8Array(text.length).fill(1);
  let changed = false;
  for (let i = 0; i < text.length; ) {
    if (!single(i)) { i++; continue; }
    let j = i; // last letter of the run
    while (single(j + 2) && text.charCodeAt(j + 1) === SPACE) j += 2;
    const letters = (j - i) / 2 + 1;
    const sep = letters === 2 ? input.slice(endAt(f, i), starts[j]!) : '';
    if (letters >= 3 || (letters === 2 && /^[.\-_*·•]+$/.test(sep))) {
      for (let k = i + 1; k < j; k += 2) keep[k] = 0;
      changed = true;
    }
    i = j + 1;
  }
  if (!changed) return f;
  let t = '';
  const s: number[] = [];
  for (let i = 0; i < text.length; i++) if (keep[i]) { t += text[i]; s.push(starts[i]!); }
  return { text: t, starts: Int32Array.from(s), input };
}


// Lists repeat the same words thousands of times across patterns; folding each once keeps compiling fast.
const patternCache = new Map<string, string>();

/** Folds a pattern literal the same way as page text, so both meet in the middle. */
export function foldPattern(s: string): string {
  let f = patternCache.get(s);
  if (f === undefined) {
    f = fold(s).text;
    if (patternCache.size > 200_000) patternCache.clear();
    patternCache.set(s, f);
  }
  return f;
}
