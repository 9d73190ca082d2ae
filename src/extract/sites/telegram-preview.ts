/**
 * Public channel previews on t.me/s/<channel>: a feed, each post scored on its own. A post is
 * `.tgme_widget_message[data-post="<channel>/<n>"]`; its words are `.tgme_widget_message_text`, except the copy
 * inside a reply quote (`.tgme_widget_message_reply`), which belongs to the earlier post. The channel's
 * description and the header are not posts.
 */
import type { Item, SiteAdapter } from '../types';
import { postItem } from './feed-chat-items';

const POST = '.tgme_widget_message';
const TEXT = '.tgme_widget_message_text';
const QUOTE = '.tgme_widget_message_reply';

export const telegramPreviewAdapter: SiteAdapter = {
  id: 'telegram-preview',
  hosts: /^(?:www\.)?(?:t\.me|telegram\.me)$/,
  paths: /^\/s\/[A-Za-z0-9_]+/,
  mode: 'feed',
  extract(doc, url) {
    const posts = [...doc.querySelectorAll(POST)];
    // Trimmed copies of the page keep only the text blocks, without post wrappers; each is still one post.
    if (!posts.length) return [...doc.querySelectorAll(TEXT)].flatMap((text) => postItem(text, null, [text], null) ?? []);
    return posts.flatMap((post) => readPost(post, url) ?? []);
  },
  posts: (doc) => {
    const posts = [...doc.querySelectorAll(POST)];
    return posts.length ? posts : null;
  },
  readPost,
  root: (doc) => doc.querySelector('.tgme_channel_history') ?? doc.querySelector('main'),
};

function readPost(post: Element, url: URL): Item | null {
  const text = [...post.querySelectorAll(TEXT)].find((t) => !t.closest(QUOTE));
  if (!text) return null;
  const ref = post.getAttribute('data-post');
  const author = post.querySelector('.tgme_widget_message_owner_name');
  return postItem(post, author, [text], ref, ref ? { url: `${url.origin}/${ref}` } : {});
}
