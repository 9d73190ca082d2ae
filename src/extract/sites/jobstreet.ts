/**
 * JobStreet (Indonesia, Malaysia, Philippines, Singapore…), JobsDB (Hong Kong, Thailand) and SEEK (Australia, New
 * Zealand): one front end, marked for its own tests with `data-automation` attributes, which are what we read. A job's
 * page (/job/<id>) and the search page's split view (?jobId=<id>) render the same details.
 */
import { match1, pick, postingItem, safely } from '../posting-item';
import type { SiteAdapter } from '../types';

const PANE = ['[data-automation="splitViewJobDetailsWrapper"]', '[data-automation="jobDetailsPage"]'];
const TITLE = ['[data-automation="job-detail-title"]', '[data-automation="jobDetailsPage"] h1'];
const COMPANY = ['[data-automation="advertiser-name"]'];
const LOCATION = ['[data-automation="job-detail-location"]'];
const SALARY = ['[data-automation="job-detail-salary"]'];
const DESCRIPTION = ['[data-automation="jobAdDetails"]', '[data-automation="jobDescription"]'];

export const jobstreet: SiteAdapter = {
  id: 'jobstreet',
  hosts: /(^|\.)(jobstreet\.(com|co\.id|vn|com\.[a-z]{2})|jobsdb\.com|seek\.(com|com\.au|co\.nz))$/,
  mode: 'posting',
  extract: (doc, url) =>
    safely(() => {
      const pane = pick(doc, PANE);
      const root = pane ?? doc;
      const apply = root.querySelector('[data-automation="job-detail-apply"]')?.getAttribute('href');
      const id = match1(url.pathname, /\/job\/(\d+)/) ?? url.searchParams.get('jobId') ?? match1(apply, /\/job\/(\d+)/);
      // The split view keeps the search page's address; the job's own is /job/<id> under the same country prefix.
      const prefix = match1(url.pathname, /^(\/[a-z]{2})\//) ?? '';
      return postingItem({
        site: 'jobstreet',
        id,
        url: id && !url.pathname.includes('/job/') ? new URL(`${prefix}/job/${id}`, url) : url,
        title: pick(root, TITLE),
        details: [pick(root, COMPANY), pick(root, LOCATION), pick(root, SALARY)],
        description: pick(root, DESCRIPTION),
        anchor: pane,
      });
    }),
};
