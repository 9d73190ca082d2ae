/**
 * History of flagged ads (opt-in, on this computer only): what was seen, where, when, the verdict, the list versions
 * that gave it and the contacts in the ad. Kept under one key, capped with the oldest dropped first, and never sent
 * anywhere unless the user exports or reports an entry.
 */
import type { CheckResult } from '../engine/types';
import type { StorageArea } from '../storage/area';
import { extractContacts, type Contacts } from './contacts';

export const HISTORY_KEY = 'history.items';
export const HISTORY_CAP = 500;
/** A snapshot long enough for any ad, short enough that 500 of them fit in extension storage. */
const MAX_SNAPSHOT = 20_000;

export interface HistoryEntry {
  id: string;
  url?: string;
  title?: string;
  text: string;
  seenAt: string;
  level: CheckResult['level'];
  score: number;
  family: CheckResult['family'];
  signals: { indicator: string; evidence: string }[];
  lists: string[];
  contacts: Contacts;
}

export function isEntry(x: unknown): x is HistoryEntry {
  const e = x as HistoryEntry;
  return typeof e === 'object' && e !== null && typeof e.id === 'string' && typeof e.text === 'string' && typeof e.seenAt === 'string' && typeof e.score === 'number' && Array.isArray(e.signals);
}

export async function readHistory(storage: Pick<StorageArea, 'get'>): Promise<HistoryEntry[]> {
  const raw = (await storage.get(HISTORY_KEY).catch(() => ({}) as Record<string, unknown>))[HISTORY_KEY];
  // A damaged entry is dropped, not the whole history.
  return Array.isArray(raw) ? raw.filter(isEntry) : [];
}

export function makeEntry(input: { text: string; url?: string; title?: string }, result: CheckResult, lists: string[], now: Date): HistoryEntry {
  const text = input.text.slice(0, MAX_SNAPSHOT);
  return {
    id: `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    url: input.url,
    title: input.title,
    text,
    seenAt: now.toISOString(),
    level: result.level,
    score: result.score,
    family: result.family,
    signals: result.signals.map((s) => ({ indicator: s.indicator, evidence: s.evidence })),
    lists,
    contacts: extractContacts(text),
  };
}

/** Adds an entry; the same ad at the same address is refreshed rather than repeated. Returns the new count. */
export async function addToHistory(storage: StorageArea, entry: HistoryEntry, cap = HISTORY_CAP): Promise<number> {
  const items = (await readHistory(storage)).filter((e) => !(e.url === entry.url && e.text === entry.text));
  items.push(entry);
  const kept = items.slice(Math.max(0, items.length - cap));
  await storage.set({ [HISTORY_KEY]: kept });
  return kept.length;
}

export async function deleteFromHistory(storage: StorageArea, id: string): Promise<void> {
  await storage.set({ [HISTORY_KEY]: (await readHistory(storage)).filter((e) => e.id !== id) });
}

export async function clearHistory(storage: StorageArea): Promise<void> {
  await storage.remove(HISTORY_KEY);
}
