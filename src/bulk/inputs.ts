/**
 * What NGO staff bring to the bulk checker: ads pasted one after another, a CSV export (a spreadsheet of tips, a
 * scraped job board), or JSON Lines. Each becomes an item with its line number, so a bad row is reported where it is
 * and the other rows are still checked.
 */
import type { CheckInput } from '../engine/types';
import { parseCsv } from '../cli/csv';
import { csvRows, recordToInput } from './formats';

export interface BulkItem {
  /** Row number as the user sees it (CSV: the spreadsheet row; JSONL and pasted text: the line the ad starts on). */
  line: number;
  id: string;
  /** The id exactly as a JSON Lines record gave it (number or string), for an export that keeps it. */
  rawId?: unknown;
  input: CheckInput;
  /** The CSV row as read, for an export that keeps every original column. */
  fields?: string[];
  /** Where the ad was found, when a CSV names it; shown, not scored (as `cli check --csv` scores the text alone). */
  url?: string;
}

export interface BulkInput {
  format: 'paste' | 'csv' | 'jsonl';
  items: BulkItem[];
  errors: { line: number; message: string }[];
  /** CSV only: the header and the column the text came from. */
  header?: string[];
  column?: string;
}

/** Ads separated by blank lines; without any blank line, one ad per line. */
export function parsePasted(text: string): BulkInput {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks = lines.some((l, i) => l.trim() === '' && i > 0 && i < lines.length - 1 && lines[i - 1]!.trim() !== '');
  const items: BulkItem[] = [];
  let start = -1;
  let buf: string[] = [];
  const flush = () => {
    const t = buf.join('\n').trim();
    if (t) items.push({ line: start + 1, id: String(items.length + 1), input: { text: t } });
    buf = [];
    start = -1;
  };
  lines.forEach((l, i) => {
    if (blocks ? l.trim() === '' : true) {
      if (!blocks && l.trim()) {
        start = i;
        buf = [l];
      }
      flush();
      return;
    }
    if (start < 0) start = i;
    buf.push(l);
  });
  flush();
  return { format: 'paste', items, errors: [] };
}

/** Column names a text column usually has, in order of preference. */
const TEXT_COLUMNS = ['text', 'ad_text', 'ad', 'description', 'body', 'message', 'content', 'post'];
const URL_COLUMNS = ['url', 'link', 'source_url', 'source'];
const ID_COLUMNS = ['id', 'ad_id'];

export function guessTextColumn(header: string[]): string | undefined {
  const lower = header.map((h) => h.trim().toLowerCase());
  for (const c of TEXT_COLUMNS) {
    const i = lower.indexOf(c);
    if (i >= 0) return header[i];
  }
  return undefined;
}

export function parseCsvInput(text: string, column?: string): BulkInput {
  const header = parseCsv(text.split(/\r?\n/, 1)[0] ?? '')[0] ?? [];
  if (!header.length || (header.length === 1 && header[0] === '')) throw new Error('the CSV file is empty');
  const col = column ?? guessTextColumn(header);
  if (!col) throw new Error(`choose the column that holds the ad text (columns: ${header.join(', ')})`);
  const { rows } = csvRows(text, col);
  const find = (names: string[]) => header.findIndex((h) => names.includes(h.trim().toLowerCase()));
  const urlAt = find(URL_COLUMNS);
  const idAt = find(ID_COLUMNS);
  const items: BulkItem[] = [];
  const errors: BulkInput['errors'] = [];
  for (const r of rows) {
    if (r.error || r.text === undefined) {
      errors.push({ line: r.line, message: r.error ?? 'no text' });
      items.push({ line: r.line, id: String(r.line), input: { text: '' }, fields: r.fields });
      continue;
    }
    const url = urlAt >= 0 ? r.fields[urlAt] : undefined;
    items.push({ line: r.line, id: (idAt >= 0 ? r.fields[idAt] : undefined) || String(r.line), input: { text: r.text }, url: url && /^https?:\/\//.test(url) ? url : undefined, fields: r.fields });
  }
  return { format: 'csv', items, errors, header, column: col };
}

export function parseJsonlInput(text: string): BulkInput {
  const items: BulkItem[] = [];
  const errors: BulkInput['errors'] = [];
  text.replace(/\r\n?/g, '\n').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const { id, input, error } = recordToInput(line);
    if (error || !input) errors.push({ line: i + 1, message: error ?? 'no input' });
    else items.push({ line: i + 1, id: id === null || id === undefined ? String(i + 1) : String(id), rawId: id, input });
  });
  return { format: 'jsonl', items, errors };
}

/** A file by its name; pasted text otherwise. */
export function parseInput(text: string, fileName?: string, column?: string): BulkInput {
  if (fileName && /\.csv$/i.test(fileName)) return parseCsvInput(text, column);
  if (fileName && /\.(jsonl|ndjson)$/i.test(fileName)) return parseJsonlInput(text);
  return parsePasted(text);
}
