/** `cli check`: score files, JSON Lines from stdin, or a CSV column. */
import fs from 'node:fs';
import { check } from '../engine/check';
import type { CompiledList } from '../engine/compiled';
import type { CheckInput, CheckResult } from '../engine/types';
import { checkCsvText, jsonlLine, recordToInput } from '../bulk/formats';

export function describe(name: string, r: CheckResult): string {
  const family = r.family === 'trafficking-lure' ? 'possible trafficking lure' : r.family === 'job-scam' ? 'possible job scam' : 'no warning';
  const lines = [`${name}: ${r.level.toUpperCase()} (score ${r.score}/100) ${family} [${r.lang}]`];
  for (const s of r.signals) lines.push(`  + ${s.indicator} (${s.weight}): "${oneLine(s.evidence)}" at ${s.start}-${s.end}`);
  for (const s of r.mitigations) lines.push(`  - ${s.indicator}: "${oneLine(s.evidence)}" at ${s.start}-${s.end}`);
  if (r.allowlisted) lines.push(`  allowlisted ${r.allowlisted.kind}: ${r.allowlisted.value}`);
  return lines.join('\n');
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

export function checkFiles(list: CompiledList, files: string[], out: (s: string) => void): number {
  let failed = 0;
  for (const f of files) {
    let text: string;
    try {
      text = fs.readFileSync(f, 'utf8');
    } catch (e) {
      process.stderr.write(`${f}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      failed++;
      continue;
    }
    out(describe(f, check(list, { text })) + '\n');
  }
  return failed ? 1 : 0;
}

export async function checkJsonl(list: CompiledList, input: NodeJS.ReadableStream, out: (s: string) => void): Promise<number> {
  let n = 0;
  let errors = 0;
  let buf = '';
  const handle = (line: string) => {
    n++;
    if (line.trim() === '') return;
    const { id, input: inp, error } = recordToInput(line);
    if (error || !inp) {
      errors++;
      out(JSON.stringify({ id, line: n, error }) + '\n');
      return;
    }
    out(jsonlLine(id, check(list, inp)) + '\n');
  };
  for await (const chunk of input) {
    buf += chunk.toString();
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      handle(buf.slice(0, nl).replace(/\r$/, ''));
      buf = buf.slice(nl + 1);
    }
  }
  if (buf !== '') handle(buf);
  return errors ? 1 : 0;
}

export function checkCsv(list: CompiledList, csvText: string, column: string): { csv: string; errors: string[] } {
  return checkCsvText((input) => check(list, input), csvText, column);
}
