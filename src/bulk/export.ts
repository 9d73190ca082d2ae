/** Exports with exactly the fields of `cli check --csv` and `cli check --jsonl`. */
import type { CheckResult } from '../engine/types';
import { formatCsv } from '../cli/csv';
import { CSV_COLUMNS, csvOutRow, jsonlLine } from './formats';
import type { BulkInput } from './inputs';

export interface Checked { line: number; id: string; result: CheckResult | null }

/** CSV input keeps every original column, then the verdict columns; other input gets id and text first. */
export function exportCsv(input: BulkInput, results: (CheckResult | null)[]): string {
  if (input.format === 'csv' && input.header && input.column) {
    const rows = input.items.map((item, i) => csvOutRow(input.header!, item.fields ?? [], results[i] ?? null, input.column!));
    return formatCsv([[...input.header, ...CSV_COLUMNS], ...rows]);
  }
  const rows = input.items.map((item, i) => csvOutRow(['id', 'text'], [item.id, item.input.text], results[i] ?? null, 'text'));
  return formatCsv([['id', 'text', ...CSV_COLUMNS], ...rows]);
}

/** One engine result a line, with the item's id, as `cli check --jsonl` writes them. */
export function exportJsonl(input: BulkInput, results: (CheckResult | null)[]): string {
  return input.items.map((item, i) => (results[i] ? jsonlLine(input.format === 'jsonl' ? item.rawId : item.id, results[i]!) : JSON.stringify({ id: item.id, line: item.line, error: 'not checked' }))).join('\n') + '\n';
}
