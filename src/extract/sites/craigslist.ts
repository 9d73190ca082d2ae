/**
 * Craigslist postings (jobs and gigs, …/d/<slug>/<id>.html). The markup is old and stable: the title line (title,
 * pay, neighbourhood), the attribute groups (compensation, employment type) and `#postingbody`.
 */
import { match1, pick, postingItem, safely } from '../posting-item';
import { elementText } from '../text';
import type { SiteAdapter } from '../types';

const TITLE = ['.postingtitletext', 'h1.postingtitle', '#titletextonly'];
const DESCRIPTION = ['#postingbody', 'section.userbody'];

export const craigslist: SiteAdapter = {
  id: 'craigslist',
  hosts: /(^|\.)craigslist\.org$/,
  paths: /\/\d+\.html$/,
  mode: 'posting',
  extract: (doc, url) =>
    safely(() => {
      const titleOnly = doc.querySelector('#titletextonly');
      const info = [...doc.querySelectorAll('.postinginfo')].map((e) => e.textContent ?? '').join(' ');
      return postingItem({
        site: 'craigslist',
        id: match1(url.pathname, /\/(\d+)\.html$/) ?? match1(info, /post id:\s*(\d+)/),
        url,
        title: pick(doc, TITLE),
        titleText: titleOnly ? elementText(titleOnly, 500) : undefined,
        // Every attribute group: newer pages put them beside the map, older ones under the body.
        details: [...doc.querySelectorAll('.attrgroup')],
        description: pick(doc, DESCRIPTION),
      });
    }),
};
