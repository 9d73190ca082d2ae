/**
 * What every job-board adapter does once it has found a posting's pieces (title, company, location, salary,
 * description): keep the ones the page shows, in the order a reader takes them, as one item whose text is exactly
 * those elements' text, so that every evidence quote is a slice of something a reader can see.
 */
import { fnv1a } from './hash';
import { elementText, joinElements } from './text';
import type { Item } from './types';

/** The first element matching any of the selectors, tried in the order given: stable attributes first, fallbacks after. */
export function pick(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

export interface PostingPieces {
  /** The adapter id: keys of different sites never collide. */
  site: string;
  /** The job's id on the site, from the URL or the markup. Without one the key falls back to the page path. */
  id?: string | null;
  /** The job's own address (for a detail pane: the job, not the search page). */
  url: URL;
  title: Element | null;
  /** The title to show when the title element holds more than the title (Craigslist's holds the pay and the place). */
  titleText?: string;
  /** Company, location, salary: whichever the page shows, in that order. */
  details?: (Element | null | undefined)[];
  description: Element | null;
  /** Where the warning attaches; defaults to the smallest element holding all the pieces. */
  anchor?: Element | null;
}

/** One posting item, or none when the description is missing or empty (a pane still loading, a different page). */
export function postingItem(p: PostingPieces): Item[] {
  const description = p.description;
  if (!description) return [];
  const els = outermost([p.title, ...(p.details ?? []), description]);
  const { text, parts } = joinElements(els);
  // A posting is its description: a title with nothing under it is a card or a skeleton, not something to judge.
  if (!parts.some((part) => part.el === description || part.el.contains(description))) return [];
  const title = p.titleText || (p.title ? elementText(p.title, 500) : '');
  return [{
    key: `${p.site}:${p.id || p.url.pathname}:${textHash(text)}`,
    kind: 'posting',
    text,
    ...(title ? { title } : {}),
    url: p.url.href,
    anchor: p.anchor ?? commonAncestor(els) ?? description,
    parts,
  }];
}

/**
 * Drops missing and repeated pieces and pieces inside another piece (whose text the outer one already holds). The
 * rest keep the order a reader takes an ad in (title, company, place, pay, description), which two-column layouts do
 * not follow in the DOM.
 */
function outermost(list: (Element | null | undefined)[]): Element[] {
  const els = [...new Set(list.filter((e): e is Element => !!e))];
  return els.filter((e) => !els.some((o) => o !== e && o.contains(e)));
}

function commonAncestor(els: Element[]): Element | null {
  const [first, ...rest] = els;
  for (let e: Element | null = first ?? null; e; e = e.parentElement) {
    if (rest.every((o) => e!.contains(o))) return e;
  }
  return null;
}

/** FNV-1a of the text: the key changes when the posting's text does (a pane that finished loading is scored again). */
export function textHash(text: string): string {
  return fnv1a(text) + text.length.toString(36);
}

/** Runs an adapter's extraction so that markup it did not expect yields no item instead of an exception in the page. */
export function safely<T>(extract: () => T[]): T[] {
  try {
    return extract();
  } catch {
    // Odd markup (a selector the DOM rejects, a tree too deep to walk) must not break the page or the other adapters.
    return [];
  }
}

/** First capture of `re` in `s`, or null. */
export function match1(s: string | null | undefined, re: RegExp): string | null {
  return (s && re.exec(s)?.[1]) || null;
}
