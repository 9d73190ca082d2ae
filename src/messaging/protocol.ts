/** Messages between content scripts, extension pages and the background worker. Page text stays in the browser. */
import type { CheckInput, CheckResult } from '../engine/types';

export type Request =
  | { type: 'check'; input: CheckInput }
  /** The page's worst verdict, with the item it is about (kept in memory for the popup's "Report this ad"). */
  | { type: 'page-verdict'; result: CheckResult | null; item?: { text: string; url?: string; title?: string } }
  | { type: 'tab-verdict'; tabId: number }
  /** Many texts at once, scored with the default thresholds so that results match `cli check` exactly. */
  | { type: 'check-batch'; inputs: CheckInput[] }
  /** A flagged item, for the history of evidence (kept only when the user turned history on). */
  | { type: 'history-add'; input: { text: string; url?: string; title?: string }; result: CheckResult }
  /**
   * The interface language's messages, the brand, the reader's country and the help directory in use (bundled, with
   * corrections from the active lists); `locale` asks for another language.
   */
  | { type: 'ui'; locale?: string }
  /** "Report this ad": opens the report page with the ad (the user then chooses what, and where, to share). */
  | { type: 'open-report'; ad: { text: string; url?: string; title?: string; result: CheckResult; explanations?: Record<string, string>; keys?: Record<string, string> } };

/** Requests that change or read list subscriptions: only the extension's own pages may send them. */
export type FeedRequest =
  | { type: 'feeds-status' }
  | { type: 'feed-update'; id: string }
  | { type: 'feed-subscribe'; urls: string[]; publicKey: string; title?: string }
  | { type: 'feed-enable'; id: string; enabled: boolean }
  | { type: 'feed-remove'; id: string };

/**
 * The verdict, with the plain-language explanation of each indicator it names: the list's English, and the message
 * key under which the interface may have it in the reader's language.
 */
export interface CheckReply { ok: true; result: CheckResult; explanations: Record<string, string>; keys?: Record<string, string> }
export interface ErrorReply { ok: false; error: string }
export interface BatchReply {
  ok: true;
  results: CheckResult[];
  explanations: Record<string, string>;
  keys?: Record<string, string>;
  /** Each indicator's sources as "publisher, title (date)", for evidence reports. */
  sources: Record<string, string[]>;
  /** The lists that scored these texts, as "id@version". */
  lists: string[];
}
export interface TabVerdictReply { ok: true; result: CheckResult | null; explanations?: Record<string, string>; keys?: Record<string, string>; url?: string; item?: { text: string; url?: string; title?: string } }

export function isRequest(m: unknown): m is Request {
  if (typeof m !== 'object' || m === null) return false;
  const t = (m as { type?: unknown }).type;
  if (t === 'check') return typeof (m as { input?: { text?: unknown } }).input?.text === 'string';
  if (t === 'page-verdict') return 'result' in m;
  if (t === 'tab-verdict') return typeof (m as { tabId?: unknown }).tabId === 'number';
  if (t === 'ui') return (m as { locale?: unknown }).locale === undefined || typeof (m as { locale?: unknown }).locale === 'string';
  if (t === 'open-report') {
    const a = (m as { ad?: { text?: unknown; result?: { score?: unknown } } }).ad;
    return typeof a?.text === 'string' && typeof a.result?.score === 'number';
  }
  if (t === 'history-add') {
    const h = m as { input?: { text?: unknown }; result?: { score?: unknown } };
    return typeof h.input?.text === 'string' && typeof h.result?.score === 'number';
  }
  if (t === 'check-batch') {
    const inputs = (m as { inputs?: unknown }).inputs;
    return Array.isArray(inputs) && inputs.length <= 500 && inputs.every((i) => typeof (i as { text?: unknown })?.text === 'string');
  }
  return false;
}

export function isFeedRequest(m: unknown): m is FeedRequest {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  switch (r.type) {
    case 'feeds-status':
      return true;
    case 'feed-update':
    case 'feed-remove':
      return typeof r.id === 'string';
    case 'feed-enable':
      return typeof r.id === 'string' && typeof r.enabled === 'boolean';
    case 'feed-subscribe':
      return Array.isArray(r.urls) && r.urls.every((u) => typeof u === 'string') && typeof r.publicKey === 'string' && (r.title === undefined || typeof r.title === 'string');
    default:
      return false;
  }
}
