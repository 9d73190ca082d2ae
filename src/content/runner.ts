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
  show(item: Item, reply: CheckReply): void;
  clear(): void;
  isOurs(node: Node): boolean;
}

export interface RunnerDeps {
  doc: Document;
  location: () => string;
  send: Send;
  ui: RunnerUi;
  adapterFor: (url: URL, doc: Document) => SiteAdapter;
  /** Runs a callback when the page is idle; injectable so tests can run scans at once. */
  idle?: (fn: () => void) => void;
  /** Items the user marked as genuine: never warned about again. */
  isDismissed?: (item: Item) => boolean;
  /** Called for each item scored caution or high (the history of evidence, when the user keeps one). */
  onFlagged?: (item: Item, reply: CheckReply) => void;
  /** At most this many items are scored per scan; the rest wait for the next idle moment. */
  batch?: number;
  /** Reading posts stops after this many milliseconds and goes on at the next idle moment (no long tasks). */
  budgetMs?: number;
}

const defaultIdle = (fn: () => void) =>
  typeof requestIdleCallback === 'function' ? void requestIdleCallback(() => fn(), { timeout: 1000 }) : void setTimeout(fn, 50);

export function createRunner(deps: RunnerDeps) {
  const { doc, send, ui } = deps;
  const idle = deps.idle ?? defaultIdle;
  const batch = deps.batch ?? 40;
  const budget = deps.budgetMs ?? 8;
  let url = deps.location();
  // The text length each key was scored at: a post that grows ("See more") is scored again.
  let results = new Map<string, number>();
  // Posts read since they last changed; the observer forgets a post when something inside it changes.
  let readPosts = new WeakSet<Element>();
  // The feed's post elements as last found, and how far reading got; found again after any change to the page.
  let postList: Element[] | null = null;
  let postIndex = 0;
  let worst: CheckResult | null = null;
  let generation = 0;
  let dirty = false;
  let running: Promise<void> | null = null;
  let observer: MutationObserver | null = null;
  let chosen: SiteAdapter | null = null;

  function reset() {
    generation++;
    results = new Map();
    readPosts = new WeakSet();
    postList = null;
    chosen = null;
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
    // Chosen once per page; a page still read generically is looked at again, as an app may not have drawn yet.
    if (!chosen || chosen.id === 'generic') chosen = deps.adapterFor(here, doc);
    const adapter = chosen;
    const { items, more } = collect(adapter, here);
    const fresh = items.filter((i) => results.get(i.key) !== i.text.length && i.text.trim() !== '');
    for (const item of fresh.slice(0, batch)) {
      const reply = (await send({ type: 'check', input: { text: item.text, title: item.title, url: item.url ?? url } }).catch(() => undefined)) as CheckReply | ErrorReply | undefined;
      if (gen !== generation) return true;
      if (!reply?.ok) continue;
      results.set(item.key, item.text.length);
      if (!deps.isDismissed?.(item)) ui.show(item, reply);
      if (reply.result.level !== 'low') deps.onFlagged?.(item, reply);
      if (!worst || reply.result.score > worst.score || (adapter.mode === 'chat' && item.kind === 'conversation')) {
        worst = reply.result;
        await send({ type: 'page-verdict', result: reply.result, item: reply.result.level === 'low' ? undefined : { text: item.text, url: item.url ?? url, title: item.title } }).catch(() => {});
      }
    }
    return more || fresh.length > batch;
  }

  /** The page's items: for feeds that offer it, only posts not read since they last changed, within the time budget. */
  function collect(adapter: SiteAdapter, here: URL): { items: Item[]; more: boolean } {
    const safely = <T>(f: () => T, fallback: T): T => {
      try {
        return f();
      } catch {
        return fallback;
      }
    };
    if (!adapter.posts || !adapter.readPost) return { items: safely(() => adapter.extract(doc, here), []), more: false };
    if (!postList) {
      postList = safely(() => adapter.posts!(doc, here), null);
      postIndex = 0;
    }
    if (!postList) return { items: safely(() => adapter.extract(doc, here), []), more: false };
    const items: Item[] = [];
    const deadline = performance.now() + budget;
    let read = 0;
    for (; postIndex < postList.length; postIndex++) {
      const post = postList[postIndex]!;
      if (readPosts.has(post)) continue;
      // At least one post per slice, so that a slow page still makes progress.
      if (read++ > 0 && performance.now() > deadline) return { items, more: true };
      readPosts.add(post);
      const item = safely(() => adapter.readPost!(post, here), null);
      if (item) items.push(item);
    }
    return { items, more: false };
  }

  /**
   * Scans what changed; concurrent requests fold into the running scan. When a scan stops at its budget the rest
   * waits for the next idle moment, so the page gets the main thread back in between.
   */
  function scan(): Promise<void> {
    dirty = true;
    if (running) return running;
    running = (async () => {
      while (dirty) {
        dirty = false;
        if (await scanOnce()) {
          schedule();
          break;
        }
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
      const Observer = (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? MutationObserver;
      observer = new Observer((records) => {
        // Our own warnings being added or removed is not news.
        const ours = (r: MutationRecord) => [...r.addedNodes].every((n) => ui.isOurs(n)) && [...r.removedNodes].every((n) => ui.isOurs(n));
        if (records.every(ours)) return;
        postList = null;
        for (const r of records) {
          if (ours(r)) continue;
          for (let n: Node | null = r.target; n; n = n.parentNode) {
            if (readPosts.has(n as Element)) {
              readPosts.delete(n as Element);
              break;
            }
          }
        }
        schedule();
      });
      observer.observe(root, { childList: true, subtree: true });
      doc.defaultView?.addEventListener('popstate', schedule);
      doc.defaultView?.addEventListener('hashchange', schedule);
    },
    stop() {
      observer?.disconnect();
      observer = null;
      doc.defaultView?.removeEventListener('popstate', schedule);
      doc.defaultView?.removeEventListener('hashchange', schedule);
    },
    get verdict() {
      return worst;
    },
  };
}
