/**
 * Checks many items through the background worker in batches: the page stays responsive (the scoring runs in the
 * worker), progress is reported after each batch, and empty or unreadable rows are skipped, not fatal.
 */
import type { CheckResult } from '../engine/types';
import type { BatchReply, ErrorReply, Request } from '../messaging/protocol';
import type { BulkItem } from './inputs';

export interface RunInfo { explanations: Record<string, string>; keys?: Record<string, string>; sources: Record<string, string[]>; lists: string[] }

export async function checkItems(items: BulkItem[], send: (m: Request) => Promise<unknown>, onProgress: (done: number) => void, batch = 50): Promise<{ results: (CheckResult | null)[]; info: RunInfo }> {
  const results: (CheckResult | null)[] = items.map(() => null);
  const info: RunInfo = { explanations: {}, keys: {}, sources: {}, lists: [] };
  for (let at = 0; at < items.length; at += batch) {
    const slice = items.slice(at, at + batch).map((item, k) => ({ item, index: at + k })).filter(({ item }) => item.input.text.trim() !== '');
    if (slice.length) {
      const reply = (await send({ type: 'check-batch', inputs: slice.map(({ item }) => item.input) })) as BatchReply | ErrorReply | undefined;
      if (!reply?.ok) throw new Error(reply?.error ?? 'Lurewatch did not answer');
      slice.forEach(({ index }, k) => (results[index] = reply.results[k] ?? null));
      Object.assign(info.explanations, reply.explanations);
      Object.assign(info.keys!, reply.keys);
      Object.assign(info.sources, reply.sources);
      info.lists = reply.lists;
    }
    onProgress(Math.min(items.length, at + batch));
  }
  return { results, info };
}
