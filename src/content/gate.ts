/**
 * The eager stage's decision, made on every page: load the second stage, or stop here. Reads at most the first
 * 20,000 characters of text and a few selectors; no layout, no storage, no messages.
 */
import { hasJobPostingMarkup, headText, looksLikeJobText } from '../extract/precheck';
import { KNOWN_SITE_HOSTS } from './known-sites';

export type GateReason = 'site' | 'markup' | 'text';

export function gate(doc: Document, hostname: string): GateReason | null {
  if (KNOWN_SITE_HOSTS.test(hostname)) return 'site';
  if (!doc.body) return null;
  if (hasJobPostingMarkup(doc)) return 'markup';
  if (looksLikeJobText(headText(doc))) return 'text';
  return null;
}

/** A page whose body holds almost no text yet is probably an app still loading: worth one more look later. */
export function looksLikeAppShell(doc: Document): boolean {
  return (doc.body?.textContent?.length ?? 0) < 1500 && doc.querySelector('script[src], script[type="module"]') !== null;
}
