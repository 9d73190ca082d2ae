/** Small hand-written lists for tests that need to control exactly which patterns exist. */
import { compileLists } from '../../src/indicators/compile';
import type { ListDocument } from '../../src/indicators/schema';
import { bundledList } from '../../src/indicators/bundled';

export function tinyList(indicators: { id: string; family?: ListDocument['indicators'][number]['family']; weight?: number; patterns: Record<string, string[]>; detector?: ListDocument['indicators'][number]['detector'] }[], extra: Partial<ListDocument> = {}): ListDocument {
  return {
    id: 'test-list',
    version: 1,
    title: 'Test list',
    published: '2026-01-01T00:00:00Z',
    expires: '2027-01-01T00:00:00Z',
    sources: [{ id: 'test-source', publisher: 'Tests', title: 'Written for the tests', date: '2026-01-01' }],
    indicators: indicators.map((i) => ({
      id: i.id,
      family: i.family ?? 'trafficking-lure',
      category: i.id.split('.')[0]!,
      weight: i.weight ?? 20,
      explanation: { key: 'ind_' + i.id.replace(/[.-]/g, '_'), en: 'An explanation for tests.' },
      sources: ['test-source'],
      patterns: i.patterns,
      examples: Object.fromEntries(Object.keys(i.patterns).map((l) => [l, { match: ['x'], noMatch: ['y'] }])),
      ...(i.detector ? { detector: i.detector } : {}),
    })),
    entities: { places: [], organisations: [], handles: [] },
    currencies: [],
    allowlist: [],
    ...extra,
  };
}

export const compileTiny = (...args: Parameters<typeof tinyList>) => compileLists([tinyList(...args)]);

let core: ReturnType<typeof compileLists> | null = null;
/** The bundled list, compiled once per test file. */
export function coreList() {
  return (core ??= compileLists([bundledList]));
}
