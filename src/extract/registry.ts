/** Which adapter reads a page: a site's own, else the generic one (schema.org markup, then Readability). */
import { genericAdapter } from './generic';
import { feedChatAdapters } from './sites/feeds-chats';
import { jobBoardAdapters } from './sites/job-boards';
import type { SiteAdapter } from './types';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [...feedChatAdapters, ...jobBoardAdapters];

export function siteAdapterFor(url: URL): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((a) => a.hosts.test(url.hostname) && (!a.paths || a.paths.test(url.pathname)));
}

export function adapterFor(url: URL): SiteAdapter {
  return siteAdapterFor(url) ?? genericAdapter;
}
