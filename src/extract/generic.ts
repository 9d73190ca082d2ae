/**
 * Pages no site adapter knows (a company's careers page, a small job board, a recruiter's blog): schema.org
 * JobPosting markup first, which most job boards publish; else Readability's main-content guess on a clone of the
 * document (it rewrites the DOM it is given); else the page's own text. Readability's text is the page's text with
 * its whitespace, so quotes from it are on the page; it has no element to point at, so the item anchors on <body>.
 */
import { Readability } from '@mozilla/readability';
import { MAX_TEXT } from '../engine/limits';
import { jobPostingsFromMarkup } from './jsonld';
import { headText } from './precheck';
import { tidy } from './text';
import type { Item, SiteAdapter } from './types';

/** Past this many characters Readability's scoring of every paragraph costs more than it can save. */
const READABILITY_MAX_CHARS = 400_000;

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  hosts: /.*/,
  mode: 'posting',
  extract(doc, url) {
    const marked = jobPostingsFromMarkup(doc, url);
    if (marked.length) return marked.slice(0, 1);
    const body = doc.body;
    if (!body) return [];
    const title = doc.head?.querySelector('title')?.textContent?.trim() || undefined;
    let text = '';
    if ((body.textContent?.length ?? 0) <= READABILITY_MAX_CHARS) {
      try {
        const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
        text = tidy(article?.textContent ?? '');
      } catch {
        text = '';
      }
    }
    if (text.length < 200) text = tidy(headText(doc, MAX_TEXT));
    if (!text) return [];
    const item: Item = { key: `generic:${url.origin}${url.pathname}:${text.length}:${text.slice(0, 64)}`, kind: 'posting', text, title, url: url.href, anchor: body, parts: [] };
    return [item];
  },
};
