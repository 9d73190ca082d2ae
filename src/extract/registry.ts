/** Which adapter reads a page: a site's own, else the generic one (schema.org markup, then Readability). */
import { genericAdapter } from './generic';
import { jobPostingsFromMarkup } from './jsonld';
import { feedChatAdapters } from './sites/feeds-chats';
import { jobBoardAdapters } from './sites/job-boards';
import type { SiteAdapter } from './types';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [...feedChatAdapters, ...jobBoardAdapters];

export function siteAdapterFor(url: URL): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((a) => a.hosts.test(url.hostname) && (!a.paths || a.paths.test(url.pathname)));
}

/**
 * The adapter for a page. A job board whose markup has changed under its adapter still has its schema.org
 * JobPosting read (boards publish it for search engines); not Readability, which on a search page would run the
 * whole list of jobs together. Feeds and chats get no fallback: their pages mix many people's words and our own.
 */
export function adapterFor(url: URL, doc?: Document): SiteAdapter {
  const site = siteAdapterFor(url) ?? (doc ? adapterByMarkup(doc, url) : undefined);
  if (!site) return genericAdapter;
  if (site.mode !== 'posting') return site;
  return {
    ...site,
    extract: (doc, u) => {
      const items = site.extract(doc, u);
      return items.length ? items : jobPostingsFromMarkup(doc, u).slice(0, 1);
    },
  };
}

/**
 * A copy of a site's page at another address (a mirror, a saved page, a test server) is read by the adapter whose
 * markup it has: the first site adapter that finds items in it. Adapters key on markup specific to their site, so a
 * page of another kind gives none of them anything.
 */
export function adapterByMarkup(doc: Document, url: URL): SiteAdapter | undefined {
  for (const a of SITE_ADAPTERS) {
    try {
      const items = a.extract(doc, url);
      // A job board's own reading keys items by its id; its schema.org fallback would claim any board's page.
      const own = jobBoardAdapters.includes(a) ? items.filter((i) => i.key.startsWith(`${a.id}:`)) : items;
      if (own.length > 0) return a;
    } catch {
      // An adapter that trips on foreign markup is simply not this page's adapter.
    }
  }
  return undefined;
}
