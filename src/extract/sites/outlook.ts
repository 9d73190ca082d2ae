/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com): the email open in the reading
 * pane, as one item. The message list beside it (other emails' previews) is not read.
 *
 * Reading pane: `#ReadingPaneContainerId` or `[role="main"]`. Subject: the pane's first `[role="heading"]`. Body:
 * `[aria-label="Message body"]`; in a conversation view the last one is the newest expanded message. Sender: in the
 * body's message block, the persona whose `title` holds the address (`span[title*="@"]`), shown as "Name <address>".
 * The key is the item id in the path (/mail/inbox/id/<id>) when present, with a hash of the text.
 */
import { elementText, joinElements } from '../text';
import type { Item, SiteAdapter } from '../types';
import { textHash } from './feed-chat-items';

export const outlookAdapter: SiteAdapter = {
  id: 'outlook',
  hosts: /^outlook\.(?:live\.com|office\.com|office365\.com)$/,
  paths: /^\/mail(?:\/|$)/,
  mode: 'posting',
  extract(doc, url) {
    const pane = readingPane(doc);
    const bodies = pane ? [...pane.querySelectorAll('[aria-label="Message body"]')] : [];
    const body = bodies[bodies.length - 1];
    if (!pane || !body) return [];
    const message = body.closest('[role="listitem"], [role="document"]') ?? pane;
    const sender = message.querySelector('span[title*="@"]');
    const { text, parts } = joinElements(sender ? [sender, body] : [body]);
    if (!text) return [];
    const itemId = /\/id\/([^/]+)/.exec(url.pathname)?.[1];
    const item: Item = { key: `mail:${itemId ? itemId + ':' : ''}${textHash(text)}`, kind: 'email', text, anchor: message, parts };
    const subject = pane.querySelector('[role="heading"]');
    const title = subject ? elementText(subject) : '';
    if (title) item.title = title;
    return [item];
  },
  root: (doc) => readingPane(doc),
};

function readingPane(doc: Document): Element | null {
  return doc.querySelector('#ReadingPaneContainerId') ?? doc.querySelector('[role="main"]');
}
