/**
 * `npm run bench`: throughput of the engine with the full bundled list, beside two baselines run in the same
 * process on the same texts — (1) naive matching, one regular expression per pattern; (2) one lower-casing pass
 * plus one indexOf, the floor of any text scan. Figures are ratios, so they mean the same on any machine.
 */
import { check } from '../../src/engine/check';
import { bundledList } from '../../src/indicators/bundled';
import { compileLists } from '../../src/indicators/compile';
import fs from 'node:fs';
import { buildCorpus, buildCorpusFromDev } from './corpus';
import { naiveMatcher } from './naive';

function time(label: string, fn: () => void, minMs = 1500): number {
  fn(); // warm up
  let runs = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    fn();
    runs++;
    elapsed = performance.now() - t0;
  } while (elapsed < minMs);
  const ms = elapsed / runs;
  return ms;
}

const t0 = performance.now();
const list = compileLists([bundledList]);
const compileMs = performance.now() - t0;
const DEV = '../shared/corpus/dev.jsonl';
const fromDev = fs.existsSync(DEV);
const texts = fromDev
  ? buildCorpusFromDev(fs.readFileSync(DEV, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)))
  : buildCorpus(bundledList, 5000);
const chars = texts.reduce((a, t) => a + t.length, 0);
const mb = (chars * 2) / 1e6; // UTF-16 bytes, as the engine reads them

const engineMs = time('engine', () => {
  for (const t of texts) check(list, { text: t });
});
const floorMs = time('floor', () => {
  let n = 0;
  for (const t of texts) n += t.toLowerCase().indexOf('telegram');
  if (n === 42) console.log('');
});
const naive = naiveMatcher(bundledList);
const naiveSample = texts.slice(0, 250); // the naive matcher is slow: time a slice and scale
const naiveSampleChars = naiveSample.reduce((a, t) => a + t.length, 0);
const naiveMs = time('naive', () => {
  for (const t of naiveSample) naive(t);
}, 3000) * (chars / naiveSampleChars);

const rate = (ms: number) => (mb / (ms / 1000)).toPrecision(3);
const patterns = bundledList.indicators.reduce((a, i) => a + Object.values(i.patterns).flat().length, 0);
console.log(`corpus: ${fromDev ? 'sentences of ' + DEV + ' recombined' : 'list examples and filler (no dev set found)'}`);
console.log(`corpus: ${texts.length} texts, ${(chars / 1e6).toFixed(2)} M characters; list: ${patterns} patterns, ${list.rules.length} rules, automaton ${list.automaton.size} states`);
console.log(`compile list:           ${compileMs.toFixed(0)} ms`);
console.log(`engine (full check):    ${rate(engineMs)} MB/s   (${(engineMs / texts.length * 1000).toFixed(0)} µs per text)`);
console.log(`naive regex per pattern: ${rate(naiveMs)} MB/s`);
console.log(`scan floor (lower+indexOf): ${rate(floorMs)} MB/s`);
console.log(`engine vs naive: ${(naiveMs / engineMs).toFixed(1)}x faster (target >= 20x)`);
console.log(`engine vs floor: ${(engineMs / floorMs).toFixed(1)}x slower (target <= 10x)`);
