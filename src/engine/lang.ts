/**
 * A cheap guess at the language of a text, good enough to pick pay norms and report figures per language: the
 * dominant script decides for most languages; Latin-script languages are told apart by their commonest words.
 */

const SCRIPT_LANG: [number, number, string][] = [
  [0x0e00, 0x0e7f, 'th'], [0x0e80, 0x0eff, 'lo'], [0x1000, 0x109f, 'my'], [0x1780, 0x17ff, 'km'],
  [0x0900, 0x097f, 'hi'], [0x0980, 0x09ff, 'bn'], [0x0b80, 0x0bff, 'ta'], [0x0d80, 0x0dff, 'si'],
  [0x0600, 0x06ff, 'ar'], [0x1200, 0x137f, 'am'], [0x0400, 0x04ff, 'ru'], [0x3040, 0x30ff, 'ja'],
  [0xac00, 0xd7af, 'ko'], [0x4e00, 0x9fff, 'zh'],
];

const LATIN_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'you', 'for', 'with', 'are', 'your', 'this', 'will', 'job', 'work', 'we', 'to', 'of', 'is'],
  es: ['de', 'la', 'que', 'el', 'en', 'los', 'para', 'con', 'por', 'una', 'trabajo', 'sin', 'del'],
  pt: ['de', 'que', 'não', 'nao', 'para', 'com', 'uma', 'os', 'trabalho', 'você', 'voce', 'em', 'do', 'da'],
  fr: ['le', 'la', 'les', 'des', 'et', 'pour', 'vous', 'est', 'une', 'dans', 'avec', 'travail'],
  id: ['dan', 'yang', 'di', 'untuk', 'dengan', 'tidak', 'kerja', 'gaji', 'ini', 'ke', 'kami', 'bisa'],
  ms: ['dan', 'yang', 'untuk', 'dengan', 'tidak', 'kerja', 'gaji', 'ini', 'kami', 'boleh', 'anda'],
  tl: ['ang', 'ng', 'sa', 'na', 'mga', 'ka', 'po', 'ko', 'lang', 'kayo', 'para', 'walang', 'libreng', 'pa'],
  sw: ['na', 'ya', 'wa', 'kwa', 'za', 'ni', 'kazi', 'katika', 'hii', 'kuwa', 'mshahara', 'nchini'],
  vi: ['va', 'cua', 'cho', 'khong', 'lam', 'viec', 'luong', 'nguoi', 'duoc', 'cac', 'tai', 'voi', 'can'],
};

const LATIN_SETS = Object.entries(LATIN_WORDS).map(([lang, words]) => [lang, new Set(words)] as const);

const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

// Script of each code unit as an index into SCRIPT_LANG (+1), 0 for none: one lookup per character.
const SCRIPT_OF = (() => {
  const t = new Uint8Array(65536);
  SCRIPT_LANG.forEach(([lo, hi], i) => t.fill(i + 1, lo, hi + 1));
  return t;
})();
const SAMPLE = 1500;

export function guessLang(text: string, folded: string): string {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const counts = new Uint32Array(SCRIPT_LANG.length + 1);
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else counts[SCRIPT_OF[c]!]!++;
  }
  let best = '';
  let bestN = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > bestN) { best = SCRIPT_LANG[k - 1]![2]; bestN = counts[k]!; }
  // CJK text counts one character a word; weigh it up against Latin letters.
  const weighted = best === 'zh' || best === 'ja' ? bestN * 3 : bestN;
  if (best && weighted >= latin * 0.5) {
    if (best === 'hi' && /(छ|हुन्छ|गर्न|हो।|लागि|नेपाल)/.test(sample)) return 'ne';
    if (best === 'ja' && counts[SCRIPT_LANG.findIndex((x) => x[2] === 'zh') + 1]) return 'ja';
    return best;
  }
  if (VIETNAMESE_LETTERS.test(sample)) return 'vi';
  const words = folded.slice(0, SAMPLE).split(' ');
  const score = new Map<string, number>();
  for (const [lang, set] of LATIN_SETS) {
    let n = 0;
    for (const w of words) if (set.has(w)) n++;
    score.set(lang, n);
  }
  let lang = 'en';
  let top = 0;
  for (const [l, n] of score) if (n > top) { lang = l; top = n; }
  // Malay and Indonesian share most words; "anda" and "boleh" lean Malay only when clearly ahead.
  if (lang === 'ms' && (score.get('id') ?? 0) >= top - 1) lang = 'id';
  return top === 0 ? (best || 'en') : lang;
}
