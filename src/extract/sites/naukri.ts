/**
 * Naukri job pages (/job-listings-<slug>-<id>). The page's class names are CSS-module names
 * (`styles_JDC__dang-inner-html__h0K4t`): their readable middle survives a rebuild, the hash does not, so they are
 * matched by that middle. `#job_header` and the older plain class names are the fallbacks.
 */
import { jobPostingsFromMarkup } from '../jsonld';
import { match1, pick, postingItem, safely } from '../posting-item';
import type { SiteAdapter } from '../types';

const HEADER = ['#job_header', '[class*="job-header-container"]'];
const TITLE = ['[class*="jd-header-title"]', '#job_header h1', '.jd-header-title'];
const COMPANY = ['[class*="jd-header-comp-name"] > a', '.jd-header-comp-name a'];
const SALARY = ['[class*="jhc__salary"]', '.salary'];
const LOCATION = ['[class*="jhc__loc"]', '.location'];
const DESCRIPTION = ['[class*="JDC__dang-inner-html"]', '[class*="job-desc-container"]', '.job-desc'];

export const naukri: SiteAdapter = {
  id: 'naukri',
  hosts: /(^|\.)naukri\.com$/,
  paths: /^\/job-listings-/,
  mode: 'posting',
  extract: (doc, url) =>
    safely(() => {
      // Header fields are looked up in the header only: the similar-jobs cards beside it use the same words.
      const header = pick(doc, HEADER) ?? doc;
      const items = postingItem({
        site: 'naukri',
        id: match1(url.pathname, /-(\d{6,})\/?$/),
        url,
        title: pick(header, TITLE),
        details: [pick(header, COMPANY), pick(header, SALARY), pick(header, LOCATION)],
        description: pick(doc, DESCRIPTION),
      });
      return items.length ? items : jobPostingsFromMarkup(doc, url);
    }),
};
