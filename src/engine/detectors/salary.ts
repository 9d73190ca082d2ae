/**
 * Finds pay amounts with their currency and period in folded text ("usd 1,200 a month", "月薪3万", "15 trieu/thang",
 * "₱45,000 ₱60,000 mo") and converts them to a monthly figure, so that pay can be compared with what the job asks.
 */
import type { CompiledCurrency } from '../compiled';

export interface Pay {
  start: number;
  end: number;
  currency: CompiledCurrency;
  /** Monthly amount in the currency's own units. */
  monthly: number;
  /** True when the currency was not written but taken from the salary word's language. */
  inferred: boolean;
}

const NUM = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?!\d)|\d{1,3}(?: \d{3})+(?!\d)|\d+(?:[.,]\d+)?)/g;

const MULTIPLIERS: [RegExp, number][] = [
  [/^ ?(k|rb|ribu|thousand|mil|тыс|тысяч|हजार|हज़ार|hazar|elfu|พัน|千)(?![\p{L}])/u, 1e3],
  [/^ ?(万|萬|หมื่น)/u, 1e4],
  [/^ ?(lakh|lakhs|lac|लाख|แสน)(?![\p{L}])/u, 1e5],
  [/^ ?(m|mn|million|millions|trieu|tr|juta|jt|млн|milyon|milioni|ล้าน|百万)(?![\p{L}])/u, 1e6],
];

// Words for a pay period, after the amount ("a month", "/mo", "tháng") or before it ("月薪", "lương").
const PERIOD_AFTER: [RegExp, number][] = [
  [/^ ?(?:\/|per|a|an|each|every|moi|1|kwa|по|al|por|par|sa|isang|bawat|tiap|setiap|per)? ?(?:month|months|mo|mos|mth|monthly|thang|bulan|buwan|mwezi|mes|mensual|mensuales|mes|mois|mensuel|месяц|мес|महीना|महीने|माह|เดือน|月|ខែ|လ|ເດືອນ)(?![\p{L}])/u, 1],
  [/^ ?(?:\/|per|a|an|each|every|moi|kwa|al|por|sa|bawat|tiap|setiap)? ?(?:week|weeks|wk|weekly|tuan|minggu|linggo|wiki|semana|semaine|неделю|неделя|हफ्ता|सप्ताह|สัปดาห์|周|週|星期)(?![\p{L}])/u, 4.33],
  [/^ ?(?:\/|per|a|an|each|every|moi|kwa|al|por|sa|bawat|tiap|setiap)? ?(?:day|days|daily|ngay|hari|araw|siku|dia|día|jour|день|сутки|दिन|วัน|日|天|ថ្ងៃ)(?![\p{L}])/u, 22],
  [/^ ?(?:\/|per|an|a|each|moi|kwa|al|por|sa|bawat|tiap)? ?(?:hour|hours|hr|hrs|hourly|h|gio|jam|oras|saa|hora|heure|час|घंटा|ชั่วโมง|小时|小時)(?![\p{L}])/u, 176],
  [/^ ?(?:\/|per|a|an|each|every|moi|kwa|al|por|sa|bawat|tiap)? ?(?:year|years|yr|annual|annually|annum|pa|nam|tahun|taon|mwaka|ano|año|an|год|साल|वर्ष|ปี|年)(?![\p{L}])/u, 1 / 12],
];
const PERIOD_BEFORE: [RegExp, number][] = [
  [/(月薪|月入|月收入|月工资|月工資|底薪|保底|เงินเดือน|luong thang|thu nhap|luong|gaji|sahod|sweldo|mshahara|зарплата|зп|salario|salário|salaire|salary|monthly pay|वेतन|सैलरी|तनख्वाह|ប្រាក់ខែ|လစာ|ເງິນເດືອນ)[^\d]{0,12}$/u, 1],
  [/(日薪|日结|日結|ค่าแรงวันละ|daily pay|per day)[^\d]{0,8}$/u, 22],
  [/(年薪|annual salary|ctc|package)[^\d]{0,12}$/u, 1 / 12],
];

export function findPay(text: string, currencies: CompiledCurrency[], lang: string): Pay[] {
  if (!/\d/.test(text)) return [];
  const symbolIndex = buildSymbols(currencies);
  const home = currencies.find((c) => c.homeLangs.includes(lang));
  const pays: Pay[] = [];
  NUM.lastIndex = 0;
  for (let m = NUM.exec(text); m; m = NUM.exec(text)) {
    const numStart = m.index;
    let numEnd = numStart + m[0].length;
    const before = text.slice(Math.max(0, numStart - 30), numStart);
    // Phone numbers, dates, ages and counts are not pay: a '+' or a long digit run gives phones away.
    if (/\+ ?$/.test(before) || /^\d{7,}$/.test(m[0].replace(/[ ,.]/g, '')) && !/[,.]/.test(m[0])) continue;
    let value = parseNumber(m[0]);
    if (!(value > 0)) continue;
    let after = text.slice(numEnd, numEnd + 40);
    for (const [re, mult] of MULTIPLIERS) {
      const mm = re.exec(after);
      if (mm) { value *= mult; numEnd += mm[0].length; after = text.slice(numEnd, numEnd + 40); break; }
    }
    let start = numStart;
    let end = numEnd;
    let currency: CompiledCurrency | undefined;
    // Currency just before ("$1,200", "usd 1200", "rp 15") or just after ("1200 usd", "15 trieu dong").
    const pre = symbolBefore(before, symbolIndex);
    if (pre) { currency = pre.currency; start = numStart - pre.length; }
    else {
      const post = symbolAfter(after, symbolIndex);
      if (post) { currency = post.currency; end = numEnd + post.length; after = text.slice(end, end + 40); }
    }
    // A range: "1,200 1,500 usd/month" — the first figure borrows the currency and period of the second.
    const range = /^ ?(?:to|den|hasta|a|até|ate|до|hingga|sampai|hadi|~|à)? ?/u.exec(after);
    let periodFactor: number | undefined;
    if (range) {
      const next = /^(?:[^\d\s]{0,4} ?)?(\d[\d,. ]*\d|\d)/u.exec(after.slice(range[0].length));
      if (next && !currency) {
        const afterNext = after.slice(range[0].length + next[0].length);
        const post2 = symbolAfter(afterNext, symbolIndex);
        if (post2) currency = post2.currency;
      }
    }
    const pf = periodAfter(after);
    if (pf) { periodFactor = pf.factor; end = end + pf.length; }
    let inferred = false;
    if (periodFactor === undefined) {
      for (const [re, factor] of PERIOD_BEFORE) {
        const pm = re.exec(text.slice(Math.max(0, start - 24), start));
        if (pm) { periodFactor = factor; start = start - (pm[0].length); break; }
      }
    }
    if (!currency && periodFactor !== undefined && home && /(月|เงินเดือน|luong|gaji|sahod|sweldo|mshahara|зарплата|वेतन|सैलरी|ប្រាក់ខែ|လစာ|ເງິນເດືອນ|trieu|juta|万|萬)/u.test(text.slice(Math.max(0, start - 4), end + 4))) {
      currency = home;
      inferred = true;
    }
    if (!currency || periodFactor === undefined) continue;
    pays.push({ start, end, currency, monthly: value * periodFactor, inferred });
  }
  return pays;
}

function periodAfter(after: string): { factor: number; length: number } | null {
  // Allow a short gap for a second figure of a range and its currency: "1,200 1,500 usd per month".
  const gap = /^(?: ?(?:to|den|hasta|a|até|до|hingga|sampai|hadi|~)?[^\p{L}\d]{0,3}[\d,. ]{0,12}(?:[kK]|[\p{Sc}]|usd|php|rs|rp|inr|vnd|thb|kes|ksh|idr|dong|baht|peso|pesos|dollars?)?)?/u.exec(after);
  const offsets = gap && gap[0].length > 0 ? [0, gap[0].length] : [0];
  for (const off of offsets) {
    const s = after.slice(off);
    for (const [re, factor] of PERIOD_AFTER) {
      const m = re.exec(s);
      if (m) return { factor, length: off + m[0].length };
    }
  }
  return null;
}

function parseNumber(s: string): number {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
  if (/^\d{1,3}( \d{3})+$/.test(s)) return Number(s.replace(/ /g, ''));
  return Number(s.replace(',', '.'));
}

interface SymbolIndex { list: { sym: string; currency: CompiledCurrency; word: boolean }[] }
const symbolCache = new WeakMap<CompiledCurrency[], SymbolIndex>();
function buildSymbols(currencies: CompiledCurrency[]): SymbolIndex {
  let idx = symbolCache.get(currencies);
  if (!idx) {
    const list = currencies.flatMap((c) => c.symbols.map((sym) => ({ sym, currency: c, word: /[\p{L}]$/u.test(sym) })));
    list.sort((a, b) => b.sym.length - a.sym.length);
    idx = { list };
    symbolCache.set(currencies, idx);
  }
  return idx;
}

function symbolBefore(before: string, idx: SymbolIndex): { currency: CompiledCurrency; length: number } | null {
  const trimmed = before.endsWith(' ') ? before.slice(0, -1) : before;
  const spaces = before.length - trimmed.length;
  for (const { sym, currency, word } of idx.list) {
    if (!trimmed.endsWith(sym)) continue;
    const at = trimmed.length - sym.length;
    if (word && at > 0 && /[\p{L}\d]/u.test(trimmed[at - 1]!)) continue;
    return { currency, length: sym.length + spaces };
  }
  return null;
}

function symbolAfter(after: string, idx: SymbolIndex): { currency: CompiledCurrency; length: number } | null {
  const lead = after.startsWith(' ') ? 1 : 0;
  const s = after.slice(lead);
  for (const { sym, currency, word } of idx.list) {
    if (!s.startsWith(sym)) continue;
    if (word && /[\p{L}\d]/u.test(s[sym.length] ?? ' ')) continue;
    return { currency, length: lead + sym.length };
  }
  return null;
}
