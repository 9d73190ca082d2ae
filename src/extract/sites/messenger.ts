/**
 * Messenger on messenger.com and facebook.com/messages/t/<id>: the open conversation, scored as one conversation of
 * the other side's messages. The thread id in the path is the peer.
 *
 * The message list is the grid in the main pane (`[role="main"] [role="grid"]`), one `[role="row"]` per message
 * (date separators and typing indicators are rows without a text bubble). Direction is drawn, not labelled: our
 * bubbles sit at the end of the row and the other side's at the start, which the markup states with Facebook's
 * atomic CSS classes (each names a single declaration and keeps its name across deploys). The first of these found
 * in a row decides:
 *   end   (ours):   x13a6bvl = justify-content:flex-end,   xuk3077  = align-items:flex-end
 *   start (theirs): x1nhvcw1 = justify-content:flex-start, x1cy8zhl = align-items:flex-start
 * A row with neither is skipped: scoring our own words as the recruiter's would be worse than missing a message.
 * The text is the bubble's outermost `[dir="auto"]` block; visually hidden sender headings (h4–h6) are skipped.
 */
import type { SiteAdapter } from '../types';
import { elementText } from '../text';
import { conversationItem, lastIncoming, textHash } from './feed-chat-items';

const END = ['x13a6bvl', 'xuk3077'];
const START = ['x1nhvcw1', 'x1cy8zhl'];
const ALIGNED = [...END, ...START].map((c) => '.' + c).join(', ');

export const messengerAdapter: SiteAdapter = {
  id: 'messenger',
  hosts: /^(?:(?:www|web|m)\.)?(?:messenger\.com|facebook\.com)$/,
  paths: /^\/(?:messages\/)?(?:e2ee\/)?t\/[^/]+/,
  mode: 'chat',
  extract(doc, url) {
    const grid = messageGrid(doc);
    if (!grid) return [];
    const incoming = lastIncoming(grid.querySelectorAll('[role="row"]'), (row, index) => {
      if (row.parentElement?.closest('[role="row"]')) return null;
      const aligned = row.matches(ALIGNED) ? row : row.querySelector(ALIGNED);
      if (!aligned || !START.some((c) => aligned.classList.contains(c))) return null;
      const text = [...row.querySelectorAll('[role="gridcell"] [dir="auto"]')].find((el) => !el.parentElement?.closest('[dir="auto"]') && !el.closest('h4, h5, h6, [role="button"]'));
      // Rows carry no message id: the text and the row's place tell a second "ok" from the first (older history
      // loading above shifts the place, which only costs one more scoring).
      return text ? { el: text, id: `${textHash(elementText(text))}.${index}` } : null;
    });
    const thread = /\/t\/([^/]+)/.exec(url.pathname)?.[1] ?? '';
    const item = conversationItem(thread, grid, incoming);
    return item ? [item] : [];
  },
  root: (doc) => messageGrid(doc),
};

/** The conversation's grid; the chat list on the left is a grid too, but outside the main pane. */
function messageGrid(doc: Document): Element | null {
  return doc.querySelector('[role="main"] [role="grid"]');
}
