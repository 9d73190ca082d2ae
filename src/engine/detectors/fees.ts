/**
 * Money the applicant must pay: a fee word followed closely by an amount ("processing fee of £1,950", "phí 5 triệu",
 * "押金3000元", "registration + ID card fee ₹1,850"). Genuine employers do not charge to hire; amounts that are pay
 * (an amount with a period: "KES 32,000 per month") are not fees.
 */
import type { CompiledCurrency } from '../compiled';
import { findPay } from './salary';

const FEE_WORDS = [
  'fee', 'fees', 'deposit', 'registration', 'processing', 'charge', 'charges', 'payable', 'remit', 'starter kit', 'kit',
  'phi', 'tien coc', 'dat coc', 'biaya', 'uang jaminan', 'bayad', 'placement', 'shulk', 'शुल्क', 'फीस', 'जमा',
  'ค่าสมัคร', 'ค่าดำเนินการ', 'ค่ามัดจำ', 'ชุดเริ่มต้น', '费用', '手续费', '手續費', '押金', '保证金', '保證金', '会费', '會費',
  'ada', 'malipo ya', 'взнос', 'залог', 'оплата', 'deposito', 'depósito', 'cuota', 'tarifa', 'taxa', 'frais',
  'ফি', 'জামানত', 'दस्तुर', 'ශුල්ක', 'கட்டணம்',
].map((w) => w.normalize('NFC'));

// Amount with a currency, as pay detection reads it, but without needing a period.
const AMOUNT = /(?:[$€£¥₱₹฿₫₽₦]|\b(?:usd|us\$|php|rs|inr|rp|idr|vnd|thb|ksh|kes|kshs|ngn|ugx|rm|myr|bdt|tk|npr|lkr|rmb|cny|aed|eur|gbp|rub)\b|руб)\s?\d[\d,. ]*\d|\d[\d,. ]*\s?(?:k\b|trieu|tr\b|juta|jt\b|元|块|萬|万|บาท|baht|peso|pesos|rupees|naira|shillings|taka|টাকা|रुपये|रुपए|₹|руб|рублей|dong|đ)/giu;

export interface Span { start: number; end: number }

const ANY_FEE_WORD = new RegExp(FEE_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

export function findFees(folded: string, currencies: CompiledCurrency[], lang: string): Span[] {
  if (!/\d/.test(folded) || !ANY_FEE_WORD.test(folded)) return [];
  let pay: ReturnType<typeof findPay> | null = null;
  const isPay = (s: number, e: number) => (pay ??= findPay(folded, currencies, lang)).some((p) => s < p.end && p.start < e);
  const out: Span[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(folded); m; m = AMOUNT.exec(folded)) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    const before = folded.slice(Math.max(0, start - 36), start);
    if (!ANY_FEE_WORD.test(before)) continue;
    let at = -1;
    for (const w of FEE_WORDS) {
      const i = before.lastIndexOf(w);
      if (i < 0) continue;
      // Whole words in spaced scripts: the fee word must not sit inside another word.
      const latin = /^[a-z ]+$/.test(w);
      if (latin && ((i > 0 && /[a-z]/.test(before[i - 1]!)) || (/[a-z]/.test(before[i + w.length] ?? ' ')))) continue;
      at = Math.max(at, i);
    }
    if (at < 0 || isPay(start, end)) continue;
    out.push({ start: start - (before.length - at), end });
  }
  return out;
}
