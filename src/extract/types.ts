/**
 * What extraction hands to scoring: the things on a page a person would read as one offer or one conversation.
 * Adapters are pure DOM readers (one file per site in `sites/`): no layout reads (no innerText, no
 * getBoundingClientRect), no writes to the page, no network.
 */

/** A range of an item's text and the element it came from, so evidence can be highlighted or marked there. */
export interface Part {
  el: Element;
  start: number;
  end: number;
}

export interface Item {
  /**
   * Stable while the item is unchanged, different when it changes: scoring runs once per key. A chat
   * conversation's key includes its newest incoming message, so a new message re-scores the conversation.
   */
  key: string;
  kind: 'posting' | 'post' | 'conversation' | 'email';
  /** The text that is scored, exactly as the parts' elements hold it (evidence quotes are slices of it). */
  text: string;
  title?: string;
  /** The item's own address when it has one (a post permalink, a job URL). */
  url?: string;
  /** The element the in-page warning attaches to: the posting's container, the post, the message list. */
  anchor: Element;
  parts: Part[];
}

export interface SiteAdapter {
  id: string;
  /** Matched against `location.hostname`. */
  hosts: RegExp;
  /** Optional filter on `location.pathname`. */
  paths?: RegExp;
  /** posting: one main offer (banner); feed: many items, each marked; chat: the other party's messages. */
  mode: 'posting' | 'feed' | 'chat';
  extract(doc: Document, url: URL): Item[];
  /**
   * Feeds may also offer their posts one at a time, so that a feed of thousands of posts is not read in full on
   * every change: `posts` finds the post elements (cheap: selectors only; null when this page is not a feed) and
   * `readPost` reads one. `extract` must equal reading every post.
   */
  posts?(doc: Document, url: URL): Element[] | null;
  readPost?(post: Element, url: URL): Item | null;
  /** For feeds and chats: the element to watch for new items (defaults to body). */
  root?(doc: Document): Element | null;
}
