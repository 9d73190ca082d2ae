/**
 * Cost on the page: the size of what the content script ships to every page, and the time of the job-likeness
 * pre-check on a large page that is not about jobs, as a ratio to reading the page's text length in the same run.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { Window } from 'happy-dom';
import { gate } from '../../src/content/gate';
import { hasJobPostingMarkup, headText, looksLikeJobText } from '../../src/extract/precheck';

const CONTENT = '.output/chrome-mv3/content-scripts/content.js';
if (fs.existsSync(CONTENT)) {
  const js = fs.readFileSync(CONTENT);
  console.log(`eager content script: ${(js.length / 1024).toFixed(1)} KB minified, ${(zlib.gzipSync(js).length / 1024).toFixed(1)} KB gzip (target <= 15 KB gzip)`);
  const deep = fs.readFileSync('.output/chrome-mv3/content-scripts/deep.js');
  console.log(`second stage (loaded only on job pages, feeds and chats): ${(deep.length / 1024).toFixed(1)} KB minified, ${(zlib.gzipSync(deep).length / 1024).toFixed(1)} KB gzip`);
} else console.log('eager content script: not built (run npm run build)');

// A 1 MB news-and-shop page with no job words.
const window = new Window();
const doc = window.document;
const para = 'The city council approved the new park plan on Tuesday, and the bakery on Main Street will open a second shop near the river. ';
let html = '';
while (html.length < 1_000_000) html += `<p>${para}</p><div class="product"><span>Fresh bread</span><span>2.50</span></div>`;
doc.body.innerHTML = html;

function perCall(fn: () => unknown, minMs = 1000): number {
  fn();
  let runs = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    fn();
    runs++;
  }
  return (performance.now() - t0) / runs;
}
const read = perCall(() => doc.body.textContent!.length);
const textCheck = perCall(() => looksLikeJobText(headText(doc as unknown as Document)));
const markupCheck = perCall(() => hasJobPostingMarkup(doc as unknown as Document));
const precheck = perCall(() => gate(doc as unknown as Document, 'news.example'));
console.log(`eager gate (the whole decision) on a ${(html.length / 1e6).toFixed(2)} MB non-job page (${(doc.body.textContent!.length / 1e6).toFixed(2)} M characters of text): ${precheck.toFixed(3)} ms, ${(precheck / read).toFixed(2)}x a plain textContent.length read (${read.toFixed(3)} ms)`);
console.log(`  of which: job words in the first text ${textCheck.toFixed(3)} ms (${(textCheck / read).toFixed(3)}x), schema.org markup query ${markupCheck.toFixed(3)} ms (a selector query; happy-dom walks the whole tree, a browser's native query does not)`);
console.log(`pre-check says job page: ${looksLikeJobText(doc.body.textContent!)}`);
void window.happyDOM.close();
