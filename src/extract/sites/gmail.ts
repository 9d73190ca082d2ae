/**
 * Gmail (mail.google.com): the open email, as one item. In a thread, the last expanded message is the one being
 * read; collapsed messages show only a snippet and are not read, nor is the inbox list.
 *
 * Subject: `h2.hP`. A message: `.adn` (with `data-message-id` / `data-legacy-message-id`), its sender `.gD` (the
 * name; the address is in its `email` attribute and shown beside it as `.go`), its body `.a3s`. The text is the
 * sender name, the address as shown, and the body, so that a free-mail address behind a company name is seen.
 */
import { elementText, joinElements } from '../text';
import type { Item, SiteAdapter } from '../types';
import { textHash } from './feed-chat-items';

export const gmailAdapter: SiteAdapter = {
  id: 'gmail',
  hosts: /^mail\.google\.com$/,
  paths: /^\/mail\//,
  mode: 'posting',
  extract(doc) {
    const main = doc.querySelector('[role="main"]') ?? doc.body;
    if (!main) return [];
    const bodies = [...main.querySelectorAll('.a3s')].filter((b) => !b.parentElement?.closest('.a3s'));
    const body = bodies[bodies.length - 1];
    if (!body) return [];
    const message = body.closest('.adn') ?? main;
    const sender = message.querySelector('.gD');
    const address = message.querySelector('.go');
    const { text, parts } = joinElements([sender, address, body].filter((e): e is Element => !!e));
    if (!text) return [];
    const subject = main.querySelector('h2.hP');
    const id = message.getAttribute('data-legacy-message-id') ?? message.getAttribute('data-message-id');
    const item: Item = { key: 'mail:' + (id ?? textHash(text)), kind: 'email', text, anchor: message, parts };
    const title = subject ? elementText(subject) : '';
    if (title) item.title = title;
    return [item];
  },
  root: (doc) => doc.querySelector('[role="main"]'),
};
