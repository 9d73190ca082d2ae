/**
 * Input and output formats shared by the command line and the bulk checker page, so that both read the same files
 * the same way and write the same fields. Pure: no Node or browser APIs.
 */
import type { CheckInput, CheckResult } from '../engine/types';
import { formatCsv, parseCsv } from '../cli/csv';

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

/** The first signals as one cell: "indicator: evidence | ...". */
export function topSignals(r: CheckResult, n = 3): string {
  return r.signals.slice(0, n).map((s) => `${s.indicator}: ${oneLine(s.evidence)}`).join(' | ');
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

export const CSV_COLUMNS = ['lurewatch_score', 'lurewatch_level', 'lurewatch_family', 'lurewatch_signals'];

/** The CSV with the verdict columns added to every row; a row without the text column is reported and kept. */
export function checkCsvText(score: (input: CheckInput) => CheckResult, csvText: string, column: string): { csv: string; errors: string[] } {
  const { header, rows } = csvRows(csvText, column);
  const errors: string[] = [];
  const out = [[...header, ...CSV_COLUMNS]];
  for (const row of rows) {
    if (row.error) {
      errors.push(`row ${row.line}: ${row.error}`);
      out.push(csvOutRow(header, row.fields, null, column));
      continue;
    }
    out.push(csvOutRow(header, row.fields, score({ text: row.text! }), column));
  }
  return { csv: formatCsv(out), errors };
}

export interface CsvRow { line: number; fields: string[]; text?: string; error?: string }

/** Parses a CSV with a header and picks each row's text from `column`. Throws when the file or column is missing. */
export function csvRows(csvText: string, column: string): { header: string[]; rows: CsvRow[] } {
  const all = parseCsv(csvText);
  const header = all[0];
  if (!header) throw new Error('the CSV file is empty');
  const col = header.indexOf(column);
  if (col < 0) throw new Error(`no column "${column}" in the CSV header (columns: ${header.join(', ')})`);
  const rows: CsvRow[] = [];
  all.slice(1).forEach((fields, i) => {
    if (fields.length === 1 && fields[0] === '') return;
    const text = fields[col];
    if (text === undefined) rows.push({ line: i + 2, fields, error: `has ${fields.length} fields, no "${column}"` });
    else rows.push({ line: i + 2, fields, text });
  });
  return { header, rows };
}

/** One output row: the input fields padded to the header, then score, level, family and top signals. */
export function csvOutRow(header: string[], fields: string[], r: CheckResult | null, column: string): string[] {
  const pad = header.slice(fields.length).map(() => '');
  if (!r) return [...fields, ...pad, '', 'error', '', `error: no "${column}" field`];
  return [...fields, ...pad, String(r.score), r.level, r.family ?? '', topSignals(r)];
}

/** One line of `check --jsonl` output: the engine result with the input's id first. */
export function jsonlLine(id: unknown, r: CheckResult): string {
  return JSON.stringify({ id, ...r });
}
