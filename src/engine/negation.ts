/**
 * Genuine ads often name a red flag to disown it: "we never charge fees", "do not travel on a tourist visa",
 * "我们不通过Telegram面试". A signal whose clause starts with a negation shortly before it is not counted.
 */
import { isUnspacedScriptChar } from './scripts';

const WINDOW = 28;
const CLAUSE_END = /[.!?。！？\n;；•·|]|\s[-–—]\s|✔|✅|☑/g;

// Spaced-script negations, matched as whole words in the lower-cased window.
const NEGATION_WORDS = new Set([
  'not', 'never', 'no', "don't", 'dont', "doesn't", "won't", 'wont', "didn't", "isn't", "aren't", 'nor', 'neither',
  'khong', 'không', 'ko', 'chẳng', 'đừng', 'chưa', // vi
  'tidak', 'tak', 'bukan', 'jangan', 'tiada', // id, ms
  'hindi', 'huwag', 'wag', // tl
  'nunca', 'jamás', 'jamas', 'não', 'nao', 'ne', 'pas', 'jamais', // es, pt, fr
  'не', 'никогда', 'нельзя', // ru
  'नहीं', 'नही', 'मत', 'कभी', 'nahi', 'nahin', 'mat', // hi
  'hatu', 'hatutoza', 'usi', 'kamwe', 'hakuna', // sw
  'না', 'নয়', 'නැත', 'இல்லை', 'வேண்டாம்', 'छैन', 'नगर्नुहोस्', 'لا', 'لن', 'ሳይሆን', 'አይ',
]);
// Negations in scripts without spaces, matched anywhere in the window.
const NEGATION_UNSPACED = ['不', '绝不', '從不', '从不', '没有', '沒有', '别', '別', '勿', '严禁', '嚴禁', 'ไม่', 'ห้าม', 'อย่า', 'မဟုတ်', 'កុំ', 'មិន', 'ບໍ່', 'ຫ້າມ'];

/** True when the clause before `start` in `text` negates what follows. */
export function negatedBefore(text: string, start: number): boolean {
  let from = Math.max(0, start - WINDOW);
  const window = text.slice(from, start);
  CLAUSE_END.lastIndex = 0;
  let cut = 0;
  for (let m = CLAUSE_END.exec(window); m; m = CLAUSE_END.exec(window)) cut = m.index + m[0].length;
  const clause = window.slice(cut).toLowerCase();
  if (clause.trim() === '') return false;
  for (const w of clause.split(/[\s,()"“”'‘’:]+/)) if (NEGATION_WORDS.has(w)) return true;
  for (let i = 0; i < clause.length; i++) {
    if (!isUnspacedScriptChar(clause.charCodeAt(i))) continue;
    for (const n of NEGATION_UNSPACED) if (clause.startsWith(n, i)) return true;
  }
  return false;
}
