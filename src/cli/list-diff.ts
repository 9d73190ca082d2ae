/** `cli list diff OLD NEW`: what a list update adds, removes and changes, by id, for a publisher's review. */
import type { ListDocument } from '../indicators/schema';
import { canonicalJson } from '../feed/canonical-json';

type WithId = { id: string };

function byId<T extends WithId>(items: T[]): Map<string, T> {
  return new Map(items.map((i) => [i.id, i]));
}

/** For indicators: which fields changed, with pattern counts per language rather than a wall of text. */
function indicatorChanges(a: ListDocument['indicators'][number], b: ListDocument['indicators'][number]): string[] {
  const out: string[] = [];
  for (const k of ['family', 'category', 'weight', 'detector'] as const) if (a[k] !== b[k]) out.push(`${k} ${String(a[k] ?? '-')} -> ${String(b[k] ?? '-')}`);
  if (a.explanation.en !== b.explanation.en || a.explanation.key !== b.explanation.key) out.push('explanation changed');
  if (canonicalJson(a.sources) !== canonicalJson(b.sources)) out.push(`sources ${a.sources.join(',')} -> ${b.sources.join(',')}`);
  const langs = [...new Set([...Object.keys(a.patterns), ...Object.keys(b.patterns)])].sort();
  for (const lang of langs) {
    const pa = new Set(a.patterns[lang] ?? []);
    const pb = new Set(b.patterns[lang] ?? []);
    const added = [...pb].filter((p) => !pa.has(p));
    const removed = [...pa].filter((p) => !pb.has(p));
    if (added.length || removed.length) {
      const show = (xs: string[], sign: string) => xs.slice(0, 5).map((p) => `${sign}"${p}"`).join(' ') + (xs.length > 5 ? ` ${sign}${xs.length - 5} more` : '');
      out.push(`patterns ${lang}: ${[show(added, '+'), show(removed, '-')].filter(Boolean).join(' ')}`);
    }
  }
  if (canonicalJson(a.examples) !== canonicalJson(b.examples)) out.push('examples changed');
  return out;
}

function section<T extends WithId>(name: string, a: T[], b: T[], detail: (x: T, y: T) => string[] = () => ['changed']): string[] {
  const ma = byId(a);
  const mb = byId(b);
  const lines: string[] = [];
  for (const [id] of mb) if (!ma.has(id)) lines.push(`  + ${id}`);
  for (const [id] of ma) if (!mb.has(id)) lines.push(`  - ${id}`);
  for (const [id, x] of ma) {
    const y = mb.get(id);
    if (y && canonicalJson(x) !== canonicalJson(y)) lines.push(`  ~ ${id}: ${detail(x, y).join('; ')}`);
  }
  return lines.length ? [`${name}:`, ...lines] : [];
}

export function diffLists(a: ListDocument, b: ListDocument): string[] {
  const head: string[] = [];
  if (a.id !== b.id) head.push(`list id ${a.id} -> ${b.id}`);
  head.push(a.version === b.version ? `version ${a.version} (unchanged)` : `version ${a.version} -> ${b.version}${b.version < a.version ? '  (LOWER: the extension would refuse this as a rollback)' : ''}`);
  for (const k of ['title', 'published', 'expires', 'homepage'] as const) if (a[k] !== b[k]) head.push(`${k} ${a[k] ?? '-'} -> ${b[k] ?? '-'}`);
  const currencies = (l: ListDocument) => l.currencies.map((c) => ({ ...c, id: c.code }));
  return [
    ...head,
    ...section('indicators', a.indicators, b.indicators, indicatorChanges),
    ...section('sources', a.sources, b.sources),
    ...section('places', a.entities.places, b.entities.places),
    ...section('organisations', a.entities.organisations, b.entities.organisations),
    ...section('handles', a.entities.handles, b.entities.handles),
    ...section('currencies', currencies(a), currencies(b)),
    ...section('allowlist', a.allowlist, b.allowlist),
  ];
}
