/**
 * A deterministic corpus of realistic texts for the benchmark: ads, chats and articles assembled from the example
 * sentences of the bundled list (real-looking lines in twenty languages, lures and genuine ones alike) and from
 * ordinary job-ad filler, in the lengths seen on job boards and in chats.
 */
import type { ListDocument } from '../../src/indicators/schema';

const FILLER = [
  'We are a growing company with offices in several cities and a friendly team.',
  'Responsibilities include handling customer enquiries, preparing reports and supporting the sales team.',
  'Applicants should be punctual, honest and able to work in a team.',
  'Working hours are Monday to Friday, 9am to 6pm, with one hour lunch break.',
  'Benefits include health insurance, paid leave and training opportunities.',
  'Please send your CV and a short cover letter. Only shortlisted candidates will be contacted.',
  'Nhân viên bán hàng, làm việc tại cửa hàng, lương theo thỏa thuận, có thưởng doanh số.',
  'รับสมัครพนักงานขายหน้าร้าน ทำงาน 6 วันต่อสัปดาห์ มีประกันสังคม',
  '招聘仓库管理员，五险一金，双休，有相关经验者优先。',
  'Dibutuhkan staf admin gudang, pendidikan minimal SMA, pengalaman 1 tahun.',
  'Kailangan ng cashier sa grocery, 8 oras na trabaho, may SSS at PhilHealth.',
  'Требуется кладовщик, официальное трудоустройство, график 5/2.',
  'Se busca recepcionista con experiencia, jornada completa, contrato indefinido.',
  'कंपनी को अनुभवी अकाउंटेंट की आवश्यकता है, वेतन अनुभव के अनुसार।',
];

/** Small, fast, seeded: the same corpus on every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * The labelled development set, when present beside the checkout, is the most realistic material there is:
 * its sentences are recombined within each language into new ads and chats.
 */
export function buildCorpusFromDev(lines: { lang: string; text: string }[], count = 5000, seed = 42): string[] {
  const byLang = new Map<string, string[]>();
  for (const l of lines) {
    const sentences = l.text.split(/(?<=[.!?。！？\n])\s*/).filter((x) => x.trim().length > 0);
    byLang.set(l.lang, [...(byLang.get(l.lang) ?? []), ...sentences]);
  }
  const langs = [...byLang.keys()].sort();
  const weights = langs.map((l) => byLang.get(l)!.length);
  const total = weights.reduce((a, b) => a + b, 0);
  const r = rng(seed);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let pick = r() * total;
    let li = 0;
    while (pick > weights[li]!) pick -= weights[li++]!;
    const pool = byLang.get(langs[li]!)!;
    const n = r() < 0.3 ? 1 + Math.floor(r() * 3) : r() < 0.98 ? 5 + Math.floor(r() * 10) : 100 + Math.floor(r() * 150);
    const parts: string[] = [];
    for (let k = 0; k < n; k++) parts.push(pool[Math.floor(r() * pool.length)]!);
    texts.push(parts.join(' '));
  }
  return texts;
}

export function buildCorpus(list: ListDocument, count = 5000, seed = 42): string[] {
  const examples = list.indicators.flatMap((i) => Object.values(i.examples).flatMap((e) => [...e.match, ...e.noMatch]));
  const pool = [...examples, ...FILLER];
  const r = rng(seed);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    // Chats are a line or two; postings a dozen lines; one in fifty is a long page.
    const lines = r() < 0.3 ? 1 + Math.floor(r() * 3) : r() < 0.98 ? 6 + Math.floor(r() * 12) : 120 + Math.floor(r() * 200);
    const parts: string[] = [];
    for (let k = 0; k < lines; k++) parts.push(pool[Math.floor(r() * pool.length)]!);
    texts.push(parts.join(r() < 0.5 ? '\n' : ' '));
  }
  return texts;
}
