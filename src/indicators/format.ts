/**
 * The one canonical way to write a list: keys in schema order, entries sorted by id, patterns sorted. Lists in the
 * repository are kept in this form so that a diff shows only real changes and `parse then format` is the identity.
 */
import type { ListDocument } from './schema';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const sortedRecord = <V>(r: Record<string, V>, map: (v: V) => V = (v) => v): Record<string, V> =>
  Object.fromEntries(Object.keys(r).sort().map((k) => [k, map(r[k]!)]));
const sortStrings = (xs: string[]) => [...new Set(xs)].sort();

export function canonicalList(doc: ListDocument): ListDocument {
  return {
    ...doc,
    sources: [...doc.sources].sort(byId),
    indicators: [...doc.indicators].sort(byId).map((ind) => ({
      ...ind,
      patterns: sortedRecord(ind.patterns, sortStrings),
      examples: sortedRecord(ind.examples),
    })),
    entities: {
      places: [...doc.entities.places].sort(byId).map((p) => ({ ...p, names: sortedRecord(p.names, sortStrings) })),
      organisations: [...doc.entities.organisations].sort(byId).map((o) => ({ ...o, names: sortedRecord(o.names, sortStrings) })),
      handles: [...doc.entities.handles].sort(byId),
    },
    currencies: [...doc.currencies].sort((a, b) => (a.code < b.code ? -1 : 1)),
    allowlist: [...doc.allowlist].sort(byId),
  };
}

export function formatList(doc: ListDocument): string {
  return JSON.stringify(canonicalList(doc), null, 2) + '\n';
}
