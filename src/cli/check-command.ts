/** `cli check`: score files, JSON Lines from stdin, or a CSV column. */
import fs from 'node:fs';
import { check } from '../engine/check';
import type { CompiledList } from '../engine/compiled';
import type { CheckInput, CheckResult } from '../engine/types';
import { formatCsv, parseCsv } from './csv';

export function describe(name: string, r: CheckResult): string {
  const family = r.family === 'trafficking-lure' ? 'possible trafficking lure' : r.family === 'job-scam' ? 'possible job scam' : 'no warning';
  const lines = [`${name}: ${r.level.toUpperCase()} (score ${r.score}/100) ${family} [${r.lang}]`];
  for (const s of r.signals) lines.push(`  + ${s.indicator} (${s.weight}): "${oneLine(s.evidence)}" at ${s.start}-${s.end}`);
  for (const s of r.mitigations) lines.push(`  - ${s.indicator}: "${oneLine(s.evidence)}" at ${s.start}-${s.end}`);
  if (r.allowlisted) lines.push(`  allowlisted ${r.allowlisted.kind}: ${r.allowlisted.value}`);
  return lines.join('\n');
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

export function topSignals(r: CheckResult, n = 3): string {
  return r.signals.slice(0, n).map((s) => `${s.indicator}: ${oneLine(s.evidence)}`).join(' | ');
}

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

const KINDS = new Set(['posting', 'message']);

/** One JSON Lines record to an engine input, or the reason it cannot be one. */
export function recordToInput(line: string): { id: unknown; input?: CheckInput; error?: string } {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `not JSON: ${(e as Error).message}` };
  }
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) return { id: null, error: 'not a JSON object' };
  const r = rec as Record<string, unknown>;
  const id = r.id ?? null;
  if (typeof r.text !== 'string') return { id, error: '"text" must be a string' };
  for (const k of ['title', 'url', 'lang'] as const) if (r[k] !== undefined && typeof r[k] !== 'string') return { id, error: `"${k}" must be a string` };
  if (r.kind !== undefined && !KINDS.has(r.kind as string)) return { id, error: '"kind" must be "posting" or "message"' };
  return { id, input: { text: r.text, title: r.title as string | undefined, url: r.url as string | undefined, lang: r.lang as string | undefined, kind: r.kind as CheckInput['kind'] } };
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
    out(JSON.stringify({ id, ...check(list, inp) }) + '\n');
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

export const CSV_COLUMNS = ['lurewatch_score', 'lurewatch_level', 'lurewatch_family', 'lurewatch_signals'];

export function checkCsv(list: CompiledList, csvText: string, column: string): { csv: string; errors: string[] } {
  const rows = parseCsv(csvText);
  const header = rows[0];
  if (!header) throw new Error('the CSV file is empty');
  const col = header.indexOf(column);
  if (col < 0) throw new Error(`no column "${column}" in the CSV header (columns: ${header.join(', ')})`);
  const errors: string[] = [];
  const out = [[...header, ...CSV_COLUMNS]];
  rows.slice(1).forEach((row, i) => {
    if (row.length === 1 && row[0] === '') return;
    const text = row[col];
    if (text === undefined) {
      errors.push(`row ${i + 2}: has ${row.length} fields, no "${column}"`);
      out.push([...row, ...header.slice(row.length).map(() => ''), '', 'error', '', `error: no "${column}" field`]);
      return;
    }
    const r = check(list, { text });
    out.push([...row, ...header.slice(row.length).map(() => ''), String(r.score), r.level, r.family ?? '', topSignals(r)]);
  });
  return { csv: formatCsv(out), errors };
}
