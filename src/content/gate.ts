/**
 * The eager stage's decision, made on every page: load the second stage, or stop here. Reads at most the first
 * 20,000 characters of text and a few selectors; no layout, no storage, no messages.
 */
import { hasJobPostingMarkup, headText, looksLikeJobText } from '../extract/precheck';
import { KNOWN_SITE_HOSTS } from './known-sites';

export type GateReason = 'site' | 'markup' | 'text';

/**
 * Markup of the chats and feeds we read, wherever they are served: one selector query (native, stops at the first
 * match), so that a copy of a chat whose first messages hold no job words is still watched.
 */
const APP_MARKUP = '.bubble[data-mid], #MessageList .Message, .tgme_widget_message, [data-pre-plain-text], .message-in, .msg-s-event-listitem, .a3s, [aria-label="Message body"], [role="main"] [role="grid"] [role="row"], [data-ad-rendering-role="story_message"], [data-ad-preview="message"], [data-sigil~="story-div"]';

export function gate(doc: Document, hostname: string): GateReason | null {
  if (KNOWN_SITE_HOSTS.test(hostname)) return 'site';
  if (!doc.body) return null;
  if (doc.querySelector(APP_MARKUP)) return 'site';
  if (hasJobPostingMarkup(doc)) return 'markup';
  if (looksLikeJobText(headText(doc))) return 'text';
  return null;
}

/** A page whose body holds almost no text yet is probably an app still loading: worth one more look later. */
export function looksLikeAppShell(doc: Document): boolean {
  return (doc.body?.textContent?.length ?? 0) < 1500 && doc.querySelector('script[src], script[type="module"]') !== null;
}
