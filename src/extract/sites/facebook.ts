/**
 * Facebook posts, each scored on its own: group and page feeds, a single post and a Marketplace listing on the
 * desktop site, and the story divs of the mobile site (m.facebook.com, as in the saved group pages). Only the
 * author and the body are read: comments, reaction counts, share boxes and the composer are not the offer, and a
 * recruiter's lure in a comment would otherwise be blamed on the post (and a warning in a comment would excuse it).
 * Truncated posts are read as far as the DOM holds them; "See more" does not load anything.
 */
import { elementText, joinElements } from '../text';
import type { Item, SiteAdapter } from '../types';
import { outermost, postItem } from './feed-chat-items';

/**
 * A post's outer element. Desktop: role="article" (comments are nested articles, so only outermost ones count),
 * [aria-posinset] feed units, FeedUnit_* pagelets. Mobile: the story div (`data-sigil="story-div …"`), which on
 * the mobile permalink page is a div, not an article.
 */
const POST = '[role="article"], [aria-posinset], [data-pagelet^="FeedUnit_"], [data-sigil~="story-div"]';
/** Post text: desktop message blocks; mobile `._5rgt` (one for the sharer's words, one for the shared post). */
const BODY = '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"], ._5rgt';
/** Author, most specific first: the name alone, not "X shared a post" around it. */
const AUTHOR = ['[data-ad-rendering-role="profile_name"]', 'header h3 strong', 'h2 strong', 'h3 strong', 'h4 strong', 'h2', 'h3', 'h4'];
/** Comment blocks on the mobile site; desktop comments are articles inside the post's own article. */
const COMMENT = '[data-sigil~="comment"], [data-sigil~="m-ufi"]';
const ARTICLE = '[role="article"]';
/** A post's own address: /posts/<id>, /permalink/<id>, story.php?story_fbid=<id>, /marketplace/item/<id>. */
const PERMALINK = /\/(?:posts|permalink)\/([\w-]+)|[?&]story_fbid=([\w-]+)|\/marketplace\/item\/(\d+)/;

export const facebookAdapter: SiteAdapter = {
  id: 'facebook',
  hosts: /^(?:(?:www|web|m|mbasic|touch)\.)?facebook\.com$/,
  // Conversations under /messages/ belong to the Messenger adapter.
  paths: /^\/(?!messages(?:\/|$))/,
  mode: 'feed',
  extract(doc, url) {
    const listing = /^\/marketplace\/item\/(\d+)/.exec(url.pathname);
    if (listing) return marketplaceListing(doc, url, listing[1]!);
    return outermost(doc, POST).flatMap((post) => readPost(post, url) ?? []);
  },
  posts: (doc, url) => (/^\/marketplace\/item\//.test(url.pathname) ? null : outermost(doc, POST)),
  readPost,
  root: (doc) => doc.querySelector('[role="feed"]') ?? doc.querySelector('#m_group_stories_container') ?? doc.querySelector('[role="main"]'),
};

function readPost(post: Element, url: URL): Item | null {
  const inPost = ownContent(post);
  const bodies = outermost(post, BODY).filter(inPost);
  if (!bodies.length) return null;
  const author = findAuthor(post, inPost);
  const { id, permalink } = postIdentity(post, url, inPost);
  return postItem(post, author, bodies, id, permalink ? { url: permalink } : {});
}

/**
 * Whether an element in the post is the post's own, not a comment's. The post's own article is the post itself or,
 * for a feed-unit wrapper, the first article inside it; any other article in the post is a comment or a reply.
 */
function ownContent(post: Element): (el: Element) => boolean {
  const own = post.matches(ARTICLE) ? post : post.querySelector(ARTICLE);
  return (el) => {
    const article = el.closest(ARTICLE);
    return (!article || article === own || !post.contains(article)) && !el.closest(COMMENT);
  };
}

function findAuthor(post: Element, inPost: (el: Element) => boolean): Element | null {
  for (const sel of AUTHOR) {
    for (const el of post.querySelectorAll(sel)) {
      if (inPost(el) && !el.closest(BODY) && elementText(el)) return el;
    }
  }
  return null;
}

/**
 * The post id from the mobile data-ft, else from a permalink in the post. The timestamp link (around <abbr> or
 * <time>) is the post's own; other permalinks may point at a shared post or a mentioned one.
 */
function postIdentity(post: Element, page: URL, inPost: (el: Element) => boolean): { id: string | null; permalink?: string } {
  const ft = /"top_level_post_id":"?(\d+)/.exec(post.getAttribute('data-ft') ?? '')?.[1];
  const links: { a: Element; href: string; id: string }[] = [];
  for (const a of post.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (!inPost(a) || href.includes('comment_id')) continue;
    const m = PERMALINK.exec(href);
    if (m) links.push({ a, href, id: (m[1] ?? m[2] ?? m[3])! });
  }
  const own = links.find((l) => l.id === ft) ?? links.find((l) => l.a.querySelector('abbr, time')) ?? links[0];
  return { id: ft ?? own?.id ?? null, permalink: own ? cleanLink(own.href, page) : undefined };
}

/** An absolute permalink without tracking parameters (__cft__, __tn__, refid change on every load). */
function cleanLink(href: string, page: URL): string | undefined {
  try {
    const u = new URL(href, page);
    for (const k of [...u.searchParams.keys()]) if (k !== 'story_fbid' && k !== 'id') u.searchParams.delete(k);
    u.hash = '';
    return u.href;
  } catch {
    return undefined;
  }
}

/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out so the module also loads where Node is not a global. */
const FOLLOWING = 4;

/**
 * A Marketplace listing page: the title (h1) and the listing's own text blocks after it. Links (seller, similar
 * listings), buttons and the "message the seller" box are skipped; they are not the listing's words.
 */
function marketplaceListing(doc: Document, url: URL, id: string): Item[] {
  const main = doc.querySelector('[role="main"]');
  const h1 = main?.querySelector('h1');
  if (!main || !h1) return [];
  const own = [...main.querySelectorAll('[dir="auto"]')].filter(
    (el) => (h1.compareDocumentPosition(el) & FOLLOWING) !== 0 && !el.contains(h1) && !el.closest('a, [role="button"], [role="link"], [role="textbox"], form, h1, h2, h3'),
  );
  const picked = new Set(own);
  const blocks = own.filter((el) => {
    for (let up = el.parentElement; up && up !== main; up = up.parentElement) if (picked.has(up)) return false;
    return true;
  });
  const { text, parts } = joinElements([h1, ...blocks]);
  if (parts.length < 2) return [];
  return [{ key: id, kind: 'posting', text, title: elementText(h1), url: `${url.origin}/marketplace/item/${id}/`, anchor: main, parts }];
}
