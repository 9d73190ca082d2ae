/**
 * `cli eval`: scores a labelled corpus and prints, per language and overall, the figures the project is judged
 * on: lure recall at high, lure+scam recall at caution or above, and legit shares at high and at caution or above.
 */
import fs from 'node:fs';
import { check } from '../engine/check';
import type { CompiledList } from '../engine/compiled';
import type { CheckResult } from '../engine/types';

interface Row { id: string; lang: string; label: 'lure' | 'scam' | 'legit'; channel?: string; text: string }
interface Tally { lure: number; lureHigh: number; bad: number; badCaution: number; legit: number; legitHigh: number; legitCaution: number; articles: number; articlesHigh: number }

const empty = (): Tally => ({ lure: 0, lureHigh: 0, bad: 0, badCaution: 0, legit: 0, legitHigh: 0, legitCaution: 0, articles: 0, articlesHigh: 0 });

export function evaluate(list: CompiledList, rows: Row[]) {
  const per = new Map<string, Tally>();
  const all = empty();
  const misses: { row: Row; r: CheckResult; why: string }[] = [];
  for (const row of rows) {
    const r = check(list, { text: row.text, kind: row.channel === 'message' ? 'message' : 'posting' });
    const t = per.get(row.lang) ?? empty();
    per.set(row.lang, t);
    for (const x of [t, all]) {
      if (row.label === 'lure') { x.lure++; if (r.level === 'high') x.lureHigh++; }
      if (row.label !== 'legit') { x.bad++; if (r.level !== 'low') x.badCaution++; }
      if (row.label === 'legit') {
        x.legit++;
        if (r.level === 'high') x.legitHigh++;
        if (r.level !== 'low') x.legitCaution++;
        if (row.channel === 'article') { x.articles++; if (r.level === 'high') x.articlesHigh++; }
      }
    }
    if (row.label === 'lure' && r.level !== 'high') misses.push({ row, r, why: 'lure not high' });
    else if (row.label === 'scam' && r.level === 'low') misses.push({ row, r, why: 'scam low' });
    else if (row.label === 'legit' && r.level !== 'low') misses.push({ row, r, why: `legit at ${r.level}` });
  }
  return { per, all, misses };
}

const pct = (a: number, b: number) => (b === 0 ? '   -  ' : (a / b).toFixed(3).padStart(6));

export function runEval(list: CompiledList, file: string, out: (s: string) => void, verbose: boolean): number {
  const rows = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
  const { per, all, misses } = evaluate(list, rows);
  out(`corpus ${file}: ${rows.length} items\n`);
  out('lang    n  lure@high  bad@caution+  legit@high  legit@caution+  articles@high\n');
  const line = (lang: string, t: Tally) =>
    out(`${lang.padEnd(5)} ${String(t.lure + t.legit + t.bad - t.lure).padStart(4)}  ${pct(t.lureHigh, t.lure)}     ${pct(t.badCaution, t.bad)}       ${pct(t.legitHigh, t.legit)}      ${pct(t.legitCaution, t.legit)}        ${t.articlesHigh}/${t.articles}\n`);
  for (const lang of [...per.keys()].sort()) line(lang, per.get(lang)!);
  line('all', all);
  out(`\nmisses (${misses.length}):\n`);
  for (const { row, r, why } of misses) {
    out(`  ${row.id} [${row.lang} ${row.label}${row.channel === 'article' ? ' article' : ''}] ${why}: score ${r.score} ${r.signals.map((s) => s.indicator).join(', ')}${r.mitigations.length ? ' | ctx ' + r.mitigations.map((s) => s.indicator).join(', ') : ''}\n`);
    if (verbose) out(`      ${row.text.replace(/\s+/g, ' ').slice(0, 300)}\n`);
  }
  return 0;
}
