/**
 * Keeps every subscribed list current. A downloaded list replaces the one in use only after it is fully fetched,
 * signed by a trusted key, valid, not expired and newer; otherwise the last good list stays and the failure is
 * recorded for the options page. State lives under the `feeds.` keys of extension storage and nothing else is
 * ever written, so settings and history survive any update or failed update.
 */
import { z } from 'zod';
import type { ListDocument } from '../indicators/schema';
import type { StorageArea } from '../storage/area';
import { openSignedList, type Opened } from './envelope';
import { describeFailure, type FeedFailure } from './errors';
import { fetchList } from './fetch-list';
import { parsePublicKeys, type PublicKey } from './keys';
import { nextAfterFailure, nextAfterSuccess } from './schedule';
import { checkFeedUrl, DEFAULT_FEED_ID, FeedInputError, FeedSourceSchema, type FeedSource } from './sources';

export const KEYS = {
  subscriptions: 'feeds.subscriptions',
  disabled: 'feeds.disabled',
  status: (id: string) => `feeds.status.${id}`,
  list: (id: string) => `feeds.list.${id}`,
};

/** A server whose clock runs a little behind ours is not serving expired lists. */
const EXPIRY_GRACE = 24 * 3_600_000;

const StatusSchema = z.object({
  etags: z.record(z.string(), z.string()).default({}),
  lastCheck: z.number().optional(),
  lastSuccess: z.number().optional(),
  nextCheck: z.number().optional(),
  lastError: z.object({ message: z.string(), at: z.number(), codes: z.array(z.string()).optional() }).optional(),
  failures: z.number().int().min(0).default(0),
});
type Status = z.infer<typeof StatusSchema>;

export interface FeedView {
  id: string;
  title: string;
  urls: string[];
  builtin: boolean;
  enabled: boolean;
  /** Which copy the engine uses for this feed: a downloaded one, the one bundled in the extension, or none yet. */
  using: 'downloaded' | 'bundled' | 'none';
  listId?: string;
  version?: number;
  published?: string;
  expires?: string;
  /** The list in use is past its expiry date: it still works, but may be missing recent lures. */
  stale: boolean;
  lastCheck?: number;
  lastSuccess?: number;
  nextCheck?: number;
  /** `message` is the technical account (English, with addresses); `codes` say why in words the options page translates. */
  lastError?: { message: string; at: number; codes?: string[] };
}

export interface UpdaterDeps {
  storage: StorageArea;
  bundled: ListDocument[];
  /** The build's default feed, or null when this build follows none. */
  defaultFeed: { urls: string[]; publicKey: string; title?: string } | null;
  /**
   * Lists a campaign build or an administrator's policy adds: followed like the default feed (the user can turn
   * them off but not remove them), and never allowed to replace a list built into Lurewatch.
   */
  extraFeeds?: () => Promise<{ id: string; title: string; urls: string[]; publicKey: string }[]>;
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  timeoutMs?: number;
  maxBytes?: number;
  onListsChanged?: (lists: ListDocument[]) => void;
}

export function createFeedUpdater(deps: UpdaterDeps) {
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const limits = { timeoutMs: deps.timeoutMs ?? 30_000, maxBytes: deps.maxBytes ?? 8 * 1024 * 1024, fetch: deps.fetch };
  const builtin: FeedSource[] = deps.defaultFeed
    ? [{ id: DEFAULT_FEED_ID, title: deps.defaultFeed.title ?? 'Lurewatch indicators', urls: deps.defaultFeed.urls, publicKey: deps.defaultFeed.publicKey, builtin: true }]
    : [];

  let extra: FeedSource[] = [];
  let added: FeedSource[] = [];
  let disabled = new Set<string>();
  const statuses = new Map<string, Status>();
  const adopted = new Map<string, ListDocument>();
  const running = new Map<string, Promise<FeedView>>();
  const keyCache = new Map<string, Promise<PublicKey[]>>();
  let loaded: Promise<void> | null = null;

  const sources = () => [...builtin, ...extra, ...added];
  const source = (id: string) => sources().find((s) => s.id === id);
  const status = (id: string): Status => statuses.get(id) ?? { etags: {}, failures: 0 };
  const keysOf = (s: FeedSource) => {
    let k = keyCache.get(s.publicKey);
    if (!k) keyCache.set(s.publicKey, (k = parsePublicKeys(s.publicKey)));
    return k;
  };

  /** Reads state; a damaged entry is set aside (and re-downloaded) rather than trusted or allowed to crash. */
  function load(): Promise<void> {
    return (loaded ??= (async () => {
      const stored = await deps.storage.get(null).catch(() => ({}) as Record<string, unknown>);
      extra = ((await deps.extraFeeds?.().catch(() => [])) ?? []).map((f) => ({ ...f, builtin: true }));
      const subs = z.array(z.unknown()).safeParse(stored[KEYS.subscriptions]);
      added = subs.success ? subs.data.flatMap((s) => {
        const r = FeedSourceSchema.safeParse(s);
        return r.success && !r.data.builtin && r.data.id !== DEFAULT_FEED_ID && !extra.some((e) => e.id === r.data.id) ? [r.data] : [];
      }) : [];
      const dis = z.array(z.string()).safeParse(stored[KEYS.disabled]);
      disabled = new Set(dis.success ? dis.data : []);
      for (const s of sources()) {
        const st = StatusSchema.safeParse(stored[KEYS.status(s.id)] ?? {});
        statuses.set(s.id, st.success ? st.data : { etags: {}, failures: 0 });
        const text = stored[KEYS.list(s.id)];
        if (text === undefined) continue;
        const opened: Opened = typeof text === 'string'
          ? await keysOf(s).then((k) => openSignedList(text, k), () => ({ ok: false as const, code: 'unknown-key' as const, detail: 'bad key' }))
          : { ok: false, code: 'not-json', detail: 'not text' };
        if (opened.ok) adopted.set(s.id, opened.list);
        else {
          // The saved copy is unusable: forget its ETag so the next check downloads the list again, and soon.
          statuses.set(s.id, { ...status(s.id), etags: {}, nextCheck: now(), lastError: { message: describeFailure('damaged'), at: now(), codes: ['damaged'] } });
        }
      }
    })());
  }

  /** The lists the engine should use: bundled ones (unless a downloaded copy is newer) plus enabled feeds' lists. */
  function activeLists(): ListDocument[] {
    const fromFeeds = sources().filter((s) => !disabled.has(s.id)).flatMap((s) => (adopted.has(s.id) ? [adopted.get(s.id)!] : []));
    const out: ListDocument[] = [];
    for (const b of deps.bundled) {
      const newer = fromFeeds.find((l) => l.id === b.id && l.version > b.version);
      out.push(newer ?? b);
    }
    for (const l of fromFeeds) if (!deps.bundled.some((b) => b.id === l.id)) out.push(l);
    return out;
  }

  function inUse(s: FeedSource): { list?: ListDocument; using: FeedView['using'] } {
    const mine = adopted.get(s.id);
    const bundled = deps.bundled.find((b) => b.id === (mine?.id ?? (s.id === DEFAULT_FEED_ID ? deps.bundled[0]?.id : undefined)));
    if (mine && (!bundled || mine.version > bundled.version)) return { list: mine, using: 'downloaded' };
    if (bundled) return { list: bundled, using: 'bundled' };
    return { using: 'none' };
  }

  function view(s: FeedSource): FeedView {
    const st = status(s.id);
    const { list, using } = inUse(s);
    return {
      id: s.id, title: s.title, urls: s.urls, builtin: s.builtin, enabled: !disabled.has(s.id), using,
      listId: list?.id, version: list?.version, published: list?.published, expires: list?.expires,
      stale: list ? Date.parse(list.expires) < now() : false,
      lastCheck: st.lastCheck, lastSuccess: st.lastSuccess, nextCheck: st.nextCheck, lastError: st.lastError,
    };
  }

  type Attempt = { kind: 'adopt'; list: ListDocument; text: string; etag?: string; url: string } | { kind: 'current'; etag?: string; url: string } | { kind: 'fail'; message: string; code: FeedFailure };

  async function attempt(s: FeedSource, url: string, keys: PublicKey[]): Promise<Attempt> {
    const mine = adopted.get(s.id);
    const fail = (code: FeedFailure, detail?: string): Attempt => ({ kind: 'fail', message: `${describeFailure(code, detail)} [${url}]`, code });
    const etag = mine ? status(s.id).etags[url] : undefined;
    let got = await fetchList(url, { ...limits, etag });
    // Without host access, If-None-Match makes the request need a CORS preflight that static hosts may refuse.
    if (got.kind === 'network' && etag) got = await fetchList(url, limits);
    switch (got.kind) {
      case 'not-modified':
        return mine ? { kind: 'current', url } : fail('not-modified-without-list');
      case 'http-error':
        return fail('http-error', `HTTP ${got.status}`);
      case 'too-large':
        return fail('too-large', `${got.bytes} bytes, limit ${limits.maxBytes}`);
      case 'truncated':
        return fail('truncated', got.detail);
      case 'timeout':
        return fail('timeout', `${limits.timeoutMs / 1000} s`);
      case 'network':
        return fail('network', got.detail);
    }
    const opened = await openSignedList(got.text, keys);
    if (!opened.ok) return fail(opened.code, opened.detail);
    const list = opened.list;
    const expected = mine?.id;
    if (expected && list.id !== expected) return fail('wrong-list', `"${list.id}" instead of "${expected}"`);
    if (s.id !== DEFAULT_FEED_ID && deps.bundled.some((b) => b.id === list.id)) return fail('wrong-list', `"${list.id}" is the name of a list built into Lurewatch`);
    const clash = sources().find((o) => o.id !== s.id && adopted.get(o.id)?.id === list.id);
    if (clash) return fail('wrong-list', `"${list.id}" already comes from "${clash.title}"`);
    if (Date.parse(list.expires) + EXPIRY_GRACE < now()) return fail('expired', `expired ${list.expires}`);
    const floor = Math.max(mine?.version ?? 0, deps.bundled.find((b) => b.id === list.id)?.version ?? 0);
    if (list.version < floor) return fail('rollback', `offered version ${list.version}, in use ${floor}`);
    if (list.version === floor) return { kind: 'current', etag: got.etag, url };
    return { kind: 'adopt', list, text: JSON.stringify(JSON.parse(got.text)), etag: got.etag, url };
  }

  async function run(s: FeedSource): Promise<FeedView> {
    const started = now();
    const prev = status(s.id);
    const errors: string[] = [];
    const codes: string[] = [];
    let outcome: Exclude<Attempt, { kind: 'fail' }> | undefined;
    let keys: PublicKey[] | null = null;
    try {
      keys = await keysOf(s);
    } catch (e) {
      errors.push(describeFailure('bad-key', (e as Error).message));
      codes.push('bad-key');
    }
    if (keys) {
      for (const url of s.urls) {
        const a = await attempt(s, url, keys);
        if (a.kind !== 'fail') {
          outcome = a;
          break;
        }
        errors.push(a.message);
        codes.push(a.code);
      }
    }
    const next: Status = { ...prev, lastCheck: started };
    let changed = false;
    if (outcome) {
      next.failures = 0;
      next.lastSuccess = started;
      const etags = outcome.kind === 'adopt' ? {} : { ...prev.etags };
      if (outcome.etag) etags[outcome.url] = outcome.etag;
      next.etags = etags;
      if (outcome.kind === 'adopt') {
        try {
          await deps.storage.set({ [KEYS.list(s.id)]: outcome.text });
          adopted.set(s.id, outcome.list);
          changed = true;
        } catch (e) {
          next.lastSuccess = prev.lastSuccess;
          next.failures = prev.failures + 1;
          next.lastError = { message: describeFailure('storage', (e as Error).message), at: started, codes: ['storage'] };
          next.etags = prev.etags;
          outcome = undefined;
        }
      }
    } else {
      next.failures = prev.failures + 1;
      next.lastError = { message: errors.join(' · '), at: started, codes: [...new Set(codes)] };
    }
    const expires = inUse(s).list?.expires;
    const exp = expires ? Date.parse(expires) : undefined;
    next.nextCheck = outcome ? nextAfterSuccess(now(), exp, random()) : nextAfterFailure(now(), next.failures, exp, random());
    statuses.set(s.id, next);
    await deps.storage.set({ [KEYS.status(s.id)]: next }).catch(() => {});
    if (changed) deps.onListsChanged?.(activeLists());
    return view(s);
  }

  /** Checks one feed now (the options page's "Update now"); concurrent calls share one download. */
  async function update(id: string): Promise<FeedView> {
    await load();
    const s = source(id);
    if (!s) throw new FeedInputError(`no feed "${id}"`, 'unknown-feed');
    let p = running.get(id);
    if (!p) {
      p = run(s).finally(() => running.delete(id));
      running.set(id, p);
    }
    return p;
  }

  return {
    load,
    /** The lists the engine should use now (after load()). */
    activeLists,
    update,
    /** Checks every enabled feed whose time has come; the alarm calls this. */
    async updateDue(): Promise<void> {
      await load();
      const t = now();
      for (const s of sources()) if (!disabled.has(s.id) && (status(s.id).nextCheck ?? 0) <= t) await update(s.id);
    },
    /** When the next check is due (for the alarm), or undefined when no feed is enabled. */
    async nextDue(): Promise<number | undefined> {
      await load();
      const due = sources().filter((s) => !disabled.has(s.id)).map((s) => status(s.id).nextCheck ?? now());
      return due.length ? Math.min(...due) : undefined;
    },
    async views(): Promise<FeedView[]> {
      await load();
      return sources().map(view);
    },
    /** Adds a feed by address and publisher key, then downloads it. Bad input throws FeedInputError, nothing saved. */
    async subscribe(input: { urls: string[]; publicKey: string; title?: string }): Promise<FeedView> {
      await load();
      const urls = input.urls.map(checkFeedUrl);
      if (urls.length === 0) throw new FeedInputError('give the list’s web address', 'no-url');
      try {
        await parsePublicKeys(input.publicKey);
      } catch (e) {
        throw new FeedInputError(`the publisher key is not usable: ${(e as Error).message}`, 'bad-key');
      }
      if (sources().some((s) => s.urls.includes(urls[0]!))) throw new FeedInputError('this list is already subscribed', 'duplicate');
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(urls[0]!)));
      const id = 'sub-' + [...digest.subarray(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join('');
      const title = input.title?.trim() || new URL(urls[0]!).hostname;
      const sub: FeedSource = { id, title, urls, publicKey: input.publicKey.trim() + '\n', builtin: false };
      added = [...added, sub];
      await deps.storage.set({ [KEYS.subscriptions]: added });
      return update(id);
    },
    async setEnabled(id: string, enabled: boolean): Promise<void> {
      await load();
      if (!source(id)) throw new FeedInputError(`no feed "${id}"`, 'unknown-feed');
      if (enabled) disabled.delete(id);
      else disabled.add(id);
      await deps.storage.set({ [KEYS.disabled]: [...disabled] });
      deps.onListsChanged?.(activeLists());
    },
    async unsubscribe(id: string): Promise<void> {
      await load();
      const s = source(id);
      if (!s || s.builtin) throw new FeedInputError(`feed "${id}" cannot be removed`, 'not-removable');
      added = added.filter((a) => a.id !== id);
      const had = adopted.delete(id);
      statuses.delete(id);
      await deps.storage.set({ [KEYS.subscriptions]: added });
      await deps.storage.remove([KEYS.status(id), KEYS.list(id)]);
      if (had) deps.onListsChanged?.(activeLists());
    },
  };
}

export type FeedUpdater = ReturnType<typeof createFeedUpdater>;
