/**
 * The second stage's loop: read the page's items with the site's adapter, have each scored once by the background
 * worker, show the verdicts, and keep doing so as a single-page app adds posts and messages or navigates. Work is
 * batched: mutations only mark the page dirty, and one scan runs when the browser is idle.
 */
import type { CheckResult } from '../engine/types';
import type { Item, SiteAdapter } from '../extract/types';
import type { CheckReply, ErrorReply, Request } from '../messaging/protocol';

export type Send = (msg: Request) => Promise<unknown>;

export interface RunnerUi {
  show(item: Item, reply: CheckReply, mode: SiteAdapter['mode']): void;
  clear(): void;
  isOurs(node: Node): boolean;
}

export interface RunnerDeps {
  doc: Document;
  location: () => string;
  send: Send;
  ui: RunnerUi;
  adapterFor: (url: URL) => SiteAdapter;
  /** Runs a callback when the page is idle; injectable so tests can run scans at once. */
  idle?: (fn: () => void) => void;
  /** Items the user marked as genuine: never warned about again. */
  isDismissed?: (item: Item) => boolean;
  /** At most this many items are scored per scan; the rest wait for the next idle moment. */
  batch?: number;
}

const defaultIdle = (fn: () => void) =>
  typeof requestIdleCallback === 'function' ? void requestIdleCallback(() => fn(), { timeout: 1000 }) : void setTimeout(fn, 50);

export function createRunner(deps: RunnerDeps) {
  const { doc, send, ui } = deps;
  const idle = deps.idle ?? defaultIdle;
  const batch = deps.batch ?? 40;
  let url = deps.location();
  let results = new Map<string, CheckResult>();
  let worst: CheckResult | null = null;
  let generation = 0;
  let dirty = false;
  let running: Promise<void> | null = null;
  let observer: MutationObserver | null = null;

  function reset() {
    generation++;
    results = new Map();
    worst = null;
    ui.clear();
  }

  async function scanOnce(): Promise<boolean> {
    const now = deps.location();
    if (now !== url) {
      url = now;
      reset();
    }
    const gen = generation;
    const here = new URL(url);
    const adapter = deps.adapterFor(here);
    let items: Item[];
    try {
      items = adapter.extract(doc, here);
    } catch {
      items = [];
    }
    const fresh = items.filter((i) => !results.has(i.key) && i.text.trim() !== '');
    for (const item of fresh.slice(0, batch)) {
      const reply = (await send({ type: 'check', input: { text: item.text, title: item.title, url: item.url ?? url } }).catch(() => undefined)) as CheckReply | ErrorReply | undefined;
      if (gen !== generation) return true;
      if (!reply?.ok) continue;
      results.set(item.key, reply.result);
      if (!deps.isDismissed?.(item)) ui.show(item, reply, adapter.mode);
      if (!worst || reply.result.score > worst.score || (adapter.mode === 'chat' && item.kind === 'conversation')) {
        worst = reply.result;
        await send({ type: 'page-verdict', result: reply.result }).catch(() => {});
      }
    }
    return fresh.length > batch;
  }

  /** Scans until nothing new is left; concurrent requests fold into the running scan. */
  function scan(): Promise<void> {
    dirty = true;
    if (running) return running;
    running = (async () => {
      while (dirty) {
        dirty = false;
        if (await scanOnce()) dirty = true;
      }
    })().finally(() => (running = null));
    return running;
  }

  let queued = false;
  function schedule() {
    if (queued) return;
    queued = true;
    idle(() => {
      queued = false;
      void scan();
    });
  }

  return {
    scan,
    /** Watches for new posts and messages and for navigation inside the app. */
    observe(root: Node) {
      observer?.disconnect();
      observer = new MutationObserver((records) => {
        // Our own warnings being added is not news.
        if (records.every((r) => [...r.addedNodes].every((n) => ui.isOurs(n)) && [...r.removedNodes].every((n) => ui.isOurs(n)))) return;
        schedule();
      });
      observer.observe(root, { childList: true, subtree: true });
      addEventListener('popstate', schedule);
      addEventListener('hashchange', schedule);
    },
    stop() {
      observer?.disconnect();
      observer = null;
      removeEventListener('popstate', schedule);
      removeEventListener('hashchange', schedule);
    },
    get verdict() {
      return worst;
    },
  };
}
