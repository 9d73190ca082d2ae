/**
 * Which writing systems put spaces between words. In scripts that do not (Chinese, Japanese, Thai, Lao, Khmer,
 * Burmese), a phrase can start or end anywhere, so patterns match without word boundaries.
 */
export function isUnspacedScriptChar(c: number): boolean {
  return (
    (c >= 0x0e00 && c <= 0x0eff) || // Thai, Lao
    (c >= 0x1000 && c <= 0x109f) || // Myanmar
    (c >= 0x1780 && c <= 0x17ff) || // Khmer
    (c >= 0x19e0 && c <= 0x19ff) || // Khmer symbols
    (c >= 0x2e80 && c <= 0x9fff) || // CJK radicals, kana, unified ideographs
    (c >= 0xaa60 && c <= 0xaa7f) || // Myanmar extended
    (c >= 0xf900 && c <= 0xfaff) || // CJK compatibility
    (c >= 0xac00 && c <= 0xd7af) // Hangul syllables: spaced, but particles glue to nouns
  );
}

/** Scripts whose words Intl.Segmenter must find, because the text has no spaces to show them. */
export function needsSegmenter(c: number): boolean {
  return (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff);
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
const wordCache = new Uint8Array(65536); // 0 unknown, 1 word, 2 not word

/** A letter, mark, digit or underscore: what a word boundary must not cut through. */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let w = wordCache[c]!;
  if (w === 0) {
    w = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    wordCache[c] = w;
  }
  return w === 1;
}

/**
 * For every UTF-16 code unit: 0 not part of a word, 1 a word character of a spaced script, 2 of a script without
 * spaces. A word boundary lies between two code units whose kinds differ or one of which is 0.
 */
export const WORD_KIND = (() => {
  const t = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (isWordChar(c)) t[c] = isUnspacedScriptChar(c) ? 2 : 1;
  }
  return t;
})();

export function isBoundary(text: string, pos: number): boolean {
  if (pos <= 0 || pos >= text.length) return true;
  const a = WORD_KIND[text.charCodeAt(pos - 1)]!;
  return a === 0 || a !== WORD_KIND[text.charCodeAt(pos)]!;
}
