/** Messages between content scripts, extension pages and the background worker. Page text stays in the browser. */
import type { CheckInput, CheckResult } from '../engine/types';

export type Request =
  | { type: 'check'; input: CheckInput }
  | { type: 'page-verdict'; result: CheckResult | null }
  | { type: 'tab-verdict'; tabId: number };

/** The verdict, with the plain-language explanation of each indicator it names. */
export interface CheckReply { ok: true; result: CheckResult; explanations: Record<string, string> }
export interface ErrorReply { ok: false; error: string }
export interface TabVerdictReply { ok: true; result: CheckResult | null; url?: string }

export function isRequest(m: unknown): m is Request {
  if (typeof m !== 'object' || m === null) return false;
  const t = (m as { type?: unknown }).type;
  if (t === 'check') return typeof (m as { input?: { text?: unknown } }).input?.text === 'string';
  if (t === 'page-verdict') return 'result' in m;
  if (t === 'tab-verdict') return typeof (m as { tabId?: unknown }).tabId === 'number';
  return false;
}
