/**
 * Telegram's two web clients on web.telegram.org: WebK (/k/) and WebA (/a/, formerly /z/), each read from its own
 * markup (WebK's `.bubbles`, WebA's `#MessageList`).
 *
 * A broadcast channel is a feed: each post is scored on its own, as kind 'post' anchored at its bubble. A private
 * chat or a group is a conversation: the other side's messages together, as kind 'conversation'. Which one is open
 * is read from what the client marks:
 * - WebK adds `is-channel` to `.bubbles-inner` for channels and supergroups and `is-chat` for any group, and gives
 *   broadcast posts the `channel-post` class. Broadcast: `.is-channel:not(.is-chat)` or any `.channel-post`.
 * - WebA shows view counters (`.message-views`) only on channel posts, and no composer (`#editable-message-text`)
 *   to a channel's ordinary subscribers. Broadcast: views present and no composer.
 * The header subtitle ("12 345 subscribers") says the same but in the reader's language, so it is not used.
 */
import type { Item, SiteAdapter } from '../types';
import { conversationItem, hashPeer, lastIncoming, postItem, type Message } from './feed-chat-items';

export const telegramWebAdapter: SiteAdapter = {
  id: 'telegram-web',
  hosts: /^web\.telegram\.org$/,
  paths: /^\/[akz](?:\/|$)/,
  // Chats are the common case; channel pages return kind 'post' items, one per post.
  mode: 'chat',
  extract(doc, url) {
    const weba = doc.querySelector('#MessageList');
    if (weba) return extractWebA(doc, weba, url);
    const webk = webkBubbles(doc);
    if (webk) return extractWebK(doc, webk, url);
    return [];
  },
  root: (doc) => doc.querySelector('#MessageList') ?? webkBubbles(doc),
};

/** WebK keeps the previous chat in the DOM while animating to the next; the active one is the one shown. */
function webkBubbles(doc: Document): Element | null {
  return doc.querySelector('.chat.active .bubbles-inner') ?? doc.querySelector('.bubbles-inner') ?? doc.querySelector('.bubbles');
}

function extractWebK(doc: Document, list: Element, url: URL): Item[] {
  const chat = list.closest('.chat') ?? doc;
  const peer = hashPeer(url) || chat.querySelector('.chat-info .peer-title[data-peer-id]')?.getAttribute('data-peer-id') || '';
  const broadcast = (list.classList.contains('is-channel') && !list.classList.contains('is-chat')) || !!list.querySelector('.bubble.channel-post');
  const bubbles = list.querySelectorAll('.bubble[data-mid]');
  const read = (bubble: Element): Message | null => {
    // Service lines (dates, "X joined") and our own messages are not the other party's words.
    if (bubble.classList.contains('service') || !bubble.classList.contains('is-in')) return null;
    const text = bubble.querySelector('.message');
    return text ? { el: text, id: bubble.getAttribute('data-mid') } : null;
  };
  if (broadcast) return channelPosts(peer, [...bubbles].map(read), '.bubble');
  return one(conversationItem(peer, list, lastIncoming(bubbles, read)));
}

function extractWebA(doc: Document, list: Element, url: URL): Item[] {
  const peer = hashPeer(url) || doc.querySelector('.MiddleHeader [data-peer-id]')?.getAttribute('data-peer-id') || '';
  const broadcast = !!list.querySelector('.message-views') && !doc.querySelector('#editable-message-text');
  const messages = list.querySelectorAll('.Message[data-message-id]');
  const read = (msg: Element): Message | null => {
    if (msg.classList.contains('own')) return null;
    // The quoted message of a reply (.EmbeddedMessage) is an earlier message, not this one's words.
    const text = [...msg.querySelectorAll('.text-content')].find((t) => !t.closest('.EmbeddedMessage'));
    return text ? { el: text, id: msg.getAttribute('data-message-id') } : null;
  };
  if (broadcast) return channelPosts(peer, [...messages].map(read), '.Message');
  return one(conversationItem(peer, list, lastIncoming(messages, read)));
}

function channelPosts(peer: string, posts: (Message | null)[], container: string): Item[] {
  const items: Item[] = [];
  for (const post of posts) {
    if (!post) continue;
    const { el, id } = post;
    const item = postItem(el.closest(container) ?? el, null, [el], id ? `${peer}:${id}` : null);
    if (item) items.push(item);
  }
  return items;
}

const one = (item: Item | null): Item[] => (item ? [item] : []);
