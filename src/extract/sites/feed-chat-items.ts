/**
 * How the feed and chat adapters turn what they found into Items: a post (author and body), a conversation (the
 * other party's recent messages), and the key used when the markup carries no id.
 */
import { fnv1a } from '../hash';
import { elementText, joinElements } from '../text';
import type { Item } from '../types';

/** A lure unfolds over the last few dozen messages; older history adds work, not evidence. */
export const MAX_CONVERSATION_MESSAGES = 40;

/** FNV-1a of the first 200 characters, for posts and messages whose markup has no id of its own. */
export function textHash(text: string): string {
  return 'h' + fnv1a(text.slice(0, 200));
}

/** Elements matching `selector` inside `scope` that are not inside another match (nor inside `skip`). */
export function outermost(scope: ParentNode, selector: string, skip?: string): Element[] {
  return [...scope.querySelectorAll(selector)].filter((el) => {
    const up = el.parentElement;
    return !up?.closest(selector) && !(skip && up?.closest(skip));
  });
}

/** One post: its author line and body blocks. Null when the body has no words (a photo, "joined the group"). */
export function postItem(anchor: Element, author: Element | null, bodies: Element[], id: string | null, extra: Partial<Item> = {}): Item | null {
  const { text, parts } = joinElements(author ? [author, ...bodies] : bodies);
  if (!parts.some((p) => p.el !== author)) return null;
  return { key: id ?? textHash(text), kind: 'post', text, anchor, parts, ...extra };
}

export interface Message {
  el: Element;
  /** The message's own id in the markup, when it has one. */
  id?: string | null;
}

/**
 * The newest incoming messages, oldest first: rows are read from the newest back, and only until enough are found,
 * so a long history costs a selector match, not a read per message. `read` returns null for our own messages and
 * for rows that are not messages.
 */
export function lastIncoming(rows: ArrayLike<Element>, read: (row: Element, index: number) => Message | null): Message[] {
  const found: Message[] = [];
  for (let i = rows.length - 1; i >= 0 && found.length < MAX_CONVERSATION_MESSAGES; i--) {
    const message = read(rows[i]!, i);
    if (message) found.push(message);
  }
  return found.reverse();
}

/**
 * The other party's messages, oldest first, as one conversation. The key ends with the newest message's id, so a
 * new incoming message re-scores the conversation while our own replies (not in `incoming`) do not.
 */
export function conversationItem(peer: string, list: Element, incoming: Message[], extra: Partial<Item> = {}): Item | null {
  const recent = incoming.slice(-MAX_CONVERSATION_MESSAGES);
  const newest = recent[recent.length - 1];
  if (!newest) return null;
  const { text, parts } = joinElements(recent.map((m) => m.el));
  if (!text) return null;
  const newestId = newest.id || textHash(elementText(newest.el));
  return { key: `${peer || 'chat'}:${newestId}`, kind: 'conversation', text, anchor: list, parts, ...extra };
}

/** The peer named in a URL fragment (Telegram's #@name, #-100123), if any. */
export function hashPeer(url: URL): string {
  try {
    return decodeURIComponent(url.hash.slice(1));
  } catch {
    return url.hash.slice(1);
  }
}
