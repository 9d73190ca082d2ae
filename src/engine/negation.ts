/**
 * Genuine ads often name a red flag to disown it: "we never charge fees", "do not travel on a tourist visa",
 * "我们不通过Telegram面试", "फीस नहीं लगेगी". A signal negated shortly before it in its clause, or (in languages that
 * negate after the verb) right after it, is not counted.
 */
import { isUnspacedScriptChar } from './scripts';

const WINDOW = 28;
const AFTER_WINDOW = 14;
const CLAUSE_END = /[.!?。！？\n;；•·|,，、،]|\s[-–—]\s|✔|✅|☑/g;

// "If you don't reply, the slot goes to someone else": a negation inside a condition does not negate what follows.
const CONDITIONAL = /(^|[\s(])(if|unless|si|se|если|kung|kapag|pag|kalau|jika|apabila|kama|ikiwa|nếu|neu|agar|अगर|यदि|যদি|ถ้า|หาก|如果|要是)(?=[\s,]|$)|如果|要是|ถ้า|หาก/;

// Languages that put the negation after the verb (Hindi, Bengali, Nepali, Sinhala, Tamil, Burmese): "फीस नहीं लगेगी".
const NEGATION_AFTER = ['नहीं', 'नही', 'मत', 'nahi', 'nahin', 'nhi', 'mat', 'না', 'নয়', 'নেই', 'লাগবে না', 'छैन', 'हुँदैन', 'नगर्नु', 'නැත', 'නැහැ', 'එපා', 'இல்லை', 'வேண்டாம்', 'မဟုတ်'];

// Spaced-script negations, matched as whole words in the lower-cased window. English ones apply to every text
// (ads mix English into every language); the others only to texts in their language, since a negation in one
// language is an ordinary word in another (Vietnamese "ko" is Hindi's postposition "ko").
const ENGLISH_NEGATIONS = ['not', 'never', 'no', "don't", 'dont', "doesn't", "won't", 'wont', "didn't", "isn't", "aren't", 'nor', 'neither'];
const NEGATIONS_BY_LANG: Record<string, string[]> = {
  vi: ['khong', 'không', 'ko', 'k', 'hok', 'chẳng', 'chang', 'đừng', 'dung', 'chưa', 'chua', 'miễn', 'mien'],
  id: ['tidak', 'tak', 'bukan', 'jangan', 'gak', 'nggak', 'ga'],
  ms: ['tidak', 'tak', 'bukan', 'jangan', 'tiada'],
  tl: ['hindi', 'huwag', 'wag', "'wag"],
  es: ['no', 'nunca', 'jamás', 'jamas', 'ni'],
  pt: ['não', 'nao', 'nunca', 'jamais'],
  fr: ['pas', 'jamais', 'aucun', 'aucune'],
  ru: ['не', 'никогда', 'нельзя', 'ни'],
  hi: ['नहीं', 'नही', 'मत', 'कभी', 'nahi', 'nahin', 'nhi', 'mat'],
  sw: ['hatu', 'hatutoza', 'usi', 'kamwe', 'hakuna', 'si'],
  bn: ['না', 'নয়'],
  si: ['නැත'],
  ta: ['இல்லை', 'வேண்டாம்'],
  ne: ['छैन', 'नगर्नुहोस्'],
  ar: ['لا', 'لن', 'ليس'],
  am: ['አይ'],
};
const NEGATION_SETS = new Map<string, Set<string>>();
function negationsFor(lang: string): Set<string> {
  let set = NEGATION_SETS.get(lang);
  if (!set) {
    set = new Set([...ENGLISH_NEGATIONS, ...(NEGATIONS_BY_LANG[lang] ?? [])]);
    NEGATION_SETS.set(lang, set);
  }
  return set;
}
// Negations in scripts without spaces, matched anywhere in the window.
const NEGATION_UNSPACED = ['不', '绝不', '從不', '从不', '没有', '沒有', '别', '別', '勿', '严禁', '嚴禁', 'ไม่', 'ห้าม', 'อย่า', 'မဟုတ်', 'កុំ', 'មិន', 'ບໍ່', 'ຫ້າມ'];

/** Look-alikes of negations: Thai อย่าง ("like", not อย่า "don't"); Chinese questions 有没有, 是不是, 要不要. */
function notANegation(clause: string, i: number, n: string): boolean {
  const next = clause[i + n.length];
  if (n === 'อย่า' && next === 'ง') return true;
  if ((n === '不' || n === '没有' || n === '沒有') && i > 0) {
    const prev = clause[i - 1];
    if (prev === next || ((n === '没有' || n === '沒有') && prev === '有')) return true;
  }
  return false;
}

/** True when the clause before `start` in `text` negates what follows. */
export function negatedBefore(text: string, start: number, lang = 'en'): boolean {
  const window = text.slice(Math.max(0, start - WINDOW), start);
  CLAUSE_END.lastIndex = 0;
  let cut = 0;
  for (let m = CLAUSE_END.exec(window); m; m = CLAUSE_END.exec(window)) cut = m.index + m[0].length;
  const clause = window.slice(cut).toLowerCase();
  if (clause.trim() === '') return false;
  if (CONDITIONAL.test(clause)) return false;
  const words = negationsFor(lang);
  // Typographic apostrophes ("Don’t") count as plain ones.
  for (const w of clause.replace(/[’‘`´]/g, "'").split(/[\s,()"“”:]+/)) if (words.has(w)) return true;
  for (let i = 0; i < clause.length; i++) {
    if (!isUnspacedScriptChar(clause.charCodeAt(i))) continue;
    for (const n of NEGATION_UNSPACED) if (clause.startsWith(n, i) && !notANegation(clause, i, n)) return true;
  }
  return false;
}

/** True when a negation that follows its verb comes right after `end`, in the same clause: "फीस नहीं लगेगी". */
export function negatedAfter(text: string, end: number): boolean {
  const window = text.slice(end, end + AFTER_WINDOW).toLowerCase();
  CLAUSE_END.lastIndex = 0;
  const m = CLAUSE_END.exec(window);
  const clause = m ? window.slice(0, m.index) : window;
  // Nepali negates with a verb ending: चाहिँदैन "is not needed", पर्दैन "is not required".
  if (/\S(?:दैन|दैनन्|छैन)(?=\s|$)/.test(clause)) return true;
  for (const n of NEGATION_AFTER) {
    const i = clause.indexOf(n);
    if (i < 0) continue;
    const before = clause[i - 1];
    const after = clause[i + n.length];
    const edge = (c: string | undefined) => c === undefined || /[\s\u0964]/.test(c);
    if (edge(before) && edge(after)) return true;
  }
  return false;
}
