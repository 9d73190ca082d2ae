/**
 * The background worker's scoring service: compiles the lists once, answers check requests, remembers each tab's
 * verdict for the badge and the popup. Written against an injected `browser` so integration tests can drive it
 * with WXT's fakeBrowser.
 */
import { check } from '../engine/check';
import type { CompiledList } from '../engine/compiled';
import type { CheckResult } from '../engine/types';
import { bundledList } from '../indicators/bundled';
import { compileLists } from '../indicators/compile';
import type { ListDocument } from '../indicators/schema';
import { mergeHelp } from '../help/merge';
import { isRequest, type BatchReply, type CheckReply, type ErrorReply, type TabVerdictReply } from '../messaging/protocol';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../engine/score';
import type { ReportAd } from '../report/build';
import type { UiReply, UiService } from './ui-service';

const BADGE: Record<string, { text: string; color: string }> = {
  high: { text: '!', color: '#a4161a' },
  caution: { text: '?', color: '#8a6100' },
  low: { text: '', color: '#555555' },
};

/** The part of the extension API the checker uses: the toolbar badge. */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
}

/** Where flagged items go when the user keeps a history (injected: storage in the extension, a fake in tests). */
export type HistorySink = (input: { text: string; url?: string; title?: string }, result: CheckResult, lists: string[]) => Promise<void>;

export function createChecker(initial: ListDocument[] = [bundledList], reporter?: (ad: ReportAd) => Promise<void>) {
  let history: HistorySink | null = null;
  let ui: UiService | null = null;
  let lists = initial;
  let thresholds: Thresholds = DEFAULT_THRESHOLDS;
  let compiled: CompiledList | null = null;
  // Until the stored (downloaded) lists are read, checks wait rather than score with an older list.
  let pending: Promise<unknown> | null = null;
  const explanations = new Map<string, string>();
  const keys = new Map<string, string>();
  const verdicts = new Map<number, { result: CheckResult | null; url?: string; item?: { text: string; url?: string; title?: string } }>();

  const sources = new Map<string, string[]>();

  function setLists(next: ListDocument[]) {
    lists = next;
    compiled = null;
    explanations.clear();
    keys.clear();
    sources.clear();
    for (const l of lists) {
      const pubs = new Map(l.sources.map((s) => [s.id, `${s.publisher}, ${s.title} (${s.date})`]));
      for (const i of l.indicators) {
        explanations.set(i.id, i.explanation.en);
        keys.set(i.id, i.explanation.key);
        sources.set(i.id, i.sources.map((id) => pubs.get(id) ?? id));
      }
    }
  }
  setLists(initial);

  const engine = () => (compiled ??= compileLists(lists));
  // Answers that depend on the lists or settings wait until both are loaded.
  const ready = () => pending?.catch(() => {});

  function explain(result: CheckResult): Record<string, string> {
    const out: Record<string, string> = {};
    for (const s of result.signals) out[s.indicator] = explanations.get(s.indicator) ?? s.indicator;
    return out;
  }
  const keysOf = (ids: Iterable<string>): Record<string, string> => Object.fromEntries([...ids].flatMap((id) => (keys.has(id) ? [[id, keys.get(id)!]] : [])));
  const signalIds = (r: CheckResult | null) => (r ? r.signals.map((s) => s.indicator) : []);

  async function setBadge(badge: BadgeApi | undefined, tabId: number, result: CheckResult | null) {
    const b = BADGE[result?.level ?? 'low']!;
    await badge?.setBadgeText({ tabId, text: b.text });
    await badge?.setBadgeBackgroundColor({ tabId, color: b.color });
  }

  async function handle(badge: BadgeApi | undefined, message: unknown, sender: { tab?: { id?: number }; url?: string }): Promise<CheckReply | TabVerdictReply | BatchReply | UiReply | ErrorReply> {
    if (!isRequest(message)) return { ok: false, error: 'unknown message' };
    switch (message.type) {
      case 'check': {
        await ready();
        const result = check(engine(), message.input, thresholds);
        return { ok: true, result, explanations: explain(result), keys: keysOf(signalIds(result)) };
      }
      case 'check-batch': {
        await ready();
        const list = engine();
        const results = message.inputs.map((input) => check(list, input));
        const named = new Set(results.flatMap((r) => r.signals.map((s) => s.indicator)));
        return {
          ok: true,
          results,
          explanations: Object.fromEntries([...named].map((id) => [id, explanations.get(id) ?? id])),
          keys: keysOf(named),
          sources: Object.fromEntries([...named].map((id) => [id, sources.get(id) ?? []])),
          lists: lists.map((l) => `${l.id}@${l.version}`),
        };
      }
      case 'ui':
        await ready();
        if (!ui) return { ok: false, error: 'no interface service here' };
        return ui.handle(message.locale, mergeHelp(lists));
      case 'open-report': {
        if (!reporter) return { ok: false, error: 'reports are not available here' };
        await reporter({ ...message.ad, url: message.ad.url ?? sender.url, lists: lists.map((l) => `${l.id}@${l.version}`), seenAt: new Date().toISOString() });
        return { ok: true, result: message.ad.result };
      }
      case 'history-add': {
        // Only from pages; extension pages have their own history views.
        if (sender.tab?.id === undefined) return { ok: false, error: 'history-add must come from a tab' };
        if (!history) return { ok: false, error: 'history is off' };
        await history({ ...message.input, url: message.input.url ?? sender.url }, message.result, lists.map((l) => `${l.id}@${l.version}`));
        return { ok: true, result: message.result };
      }
      case 'page-verdict': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return { ok: false, error: 'page-verdict must come from a tab' };
        verdicts.set(tabId, { result: message.result, url: sender.url, item: typeof message.item?.text === 'string' ? message.item : undefined });
        await setBadge(badge, tabId, message.result);
        return { ok: true, result: message.result };
      }
      case 'tab-verdict': {
        const v = verdicts.get(message.tabId);
        const result = v?.result ?? null;
        return { ok: true, result, explanations: result ? explain(result) : {}, keys: keysOf(signalIds(result)), url: v?.url, item: v?.item };
      }
    }
  }

  return {
    handle,
    forget: (tabId: number) => verdicts.delete(tabId),
    explanations,
    /** Answers `ui` requests (language, brand, country) with this service. */
    setUi(service: UiService) {
      ui = service;
    },
    /** Turns the history of flagged items on (a sink) or off (null). */
    setHistory(sink: HistorySink | null) {
      history = sink;
    },
    /** The user's sensitivity: where caution and high begin. */
    setThresholds(t: Thresholds) {
      thresholds = t;
    },
    /** Switches to new lists; items checked from now on (also in open pages) use them. */
    setLists,
    /** Makes checks wait for something still loading (stored lists, the user's settings). */
    waitFor(p: Promise<unknown>) {
      const all: Promise<unknown> = Promise.all([pending, p.catch(() => {})]).finally(() => {
        if (pending === all) pending = null;
      });
      pending = all;
    },
    lists: () => lists,
  };
}
