/**
 * "I think this is genuine": remembered on this computer only, by a hash of the ad's text, so the same ad is not
 * flagged again wherever it is reposted. Capped so storage cannot grow without bound.
 */
import { fnv1a } from '../extract/hash';
import type { StorageArea } from '../storage/area';

export const GENUINE_KEY = 'feedback.genuine';
const CAP = 2000;

export function textKey(text: string): string {
  // Whitespace-folded: a repost with different spacing is the same ad.
  const s = text.replace(/\s+/g, ' ').trim();
  return `${fnv1a(s)}.${s.length}`;
}

export async function loadGenuine(storage: Pick<StorageArea, 'get'>): Promise<Set<string>> {
  const raw = (await storage.get(GENUINE_KEY).catch(() => ({}) as Record<string, unknown>))[GENUINE_KEY];
  return new Set(Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string') : []);
}

export async function markGenuine(storage: StorageArea, text: string): Promise<void> {
  const keys = await loadGenuine(storage);
  keys.add(textKey(text));
  await storage.set({ [GENUINE_KEY]: [...keys].slice(-CAP) });
}
