/** Validation with errors a list author can act on: each one names its place in the document. */
import { ListSchema, type ListDocument } from './schema';

export class ListError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid indicator list:\n  ${issues.join('\n  ')}`);
  }
}

export function validateList(data: unknown): { ok: true; list: ListDocument } | { ok: false; errors: string[] } {
  const r = ListSchema.safeParse(data);
  if (r.success) return { ok: true, list: r.data };
  return { ok: false, errors: r.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(document)'}: ${i.message}`) };
}

/** Parses JSON text into a valid list, or throws a ListError listing every problem. */
export function parseList(json: string): ListDocument {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new ListError([`not JSON: ${(e as Error).message}`]);
  }
  const r = validateList(data);
  if (!r.ok) throw new ListError(r.errors);
  return r.list;
}
