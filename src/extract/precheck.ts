/**
 * The cheap test every page gets: does it look like a job offer or a recruiter's message at all? Most pages are
 * not, and for them the content script stops here, having read some text and run one regular expression.
 */

/** Words that job offers use, in the languages of the people at risk. Matched on lower-cased text. */
const JOB_WORDS = new RegExp(
  [
    'hiring', 'vacanc', 'recruit', 'salary', 'job offer', 'apply now', 'we are looking for', 'work abroad', 'overseas job', 'job opening', 'per month', 'jobposting',
    '招聘', '招聘', '高薪', '月薪', '工作', '薪资', '薪資', '徵才', '应聘', '應徵',
    'tuyển', 'tuyen dung', 'việc làm', 'viec lam', 'lương', 'luong',
    'รับสมัคร', 'งาน', 'เงินเดือน',
    'lowongan', 'loker', 'gaji', 'kerja', 'trabaho', 'sahod', 'sweldo', 'hiring na',
    'नौकरी', 'वेतन', 'सैलरी', 'भर्ती', 'naukri', 'kazi', 'mshahara', 'ajira',
    'empleo', 'trabajo', 'vacante', 'salario', 'emprego', 'vaga', 'salário', 'emploi', 'salaire', 'recrute',
    'вакансия', 'работа', 'зарплата', 'ការងារ', 'ប្រាក់ខែ', 'အလုပ်', 'လစာ', 'ວຽກ', 'ເງິນເດືອນ',
    'চাকরি', 'বেতন', 'ரூ', 'வேலை', 'රැකියා', 'وظيفة', 'راتب', 'ስራ', 'ደመወዝ', 'telegram', 'whatsapp',
  ].join('|'),
);

/** How much of the page the pre-check reads: enough for a posting's head and first lines. */
export const PRECHECK_CHARS = 20_000;

export function looksLikeJobText(text: string): boolean {
  return JOB_WORDS.test(text.slice(0, PRECHECK_CHARS).toLowerCase());
}

/** Job boards say so in their markup: schema.org JobPosting. */
export function hasJobPostingMarkup(doc: Document): boolean {
  if (doc.querySelector('[itemtype*="schema.org/JobPosting" i]')) return true;
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if ((s.textContent ?? '').includes('JobPosting')) return true;
  }
  return false;
}

/**
 * The first `max` characters of the page's visible text, read node by node: on a huge page the pre-check costs the
 * same as on a small one, where body.textContent would build the whole text first.
 */
export function headText(doc: Document, max = PRECHECK_CHARS): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  // The <title> from <head> only: document.title may search the whole tree in some DOMs.
  const title = doc.head?.querySelector('title')?.textContent ?? '';
  const parts: string[] = [title];
  let size = title.length;
  for (let n = walker.nextNode(); n && size < max; n = walker.nextNode()) {
    const tag = n.parentElement?.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
    const t = n.nodeValue ?? '';
    parts.push(t);
    size += t.length + 1;
  }
  return parts.join('\n').slice(0, max);
}
