/**
 * Indeed: a job's own page (/viewjob?jk=…) and the search page's right pane (?vjk=…). Both render the same job
 * component, marked with `data-testid` and ids that have stayed put through Indeed's class-name churn.
 */
import { jobPostingsFromMarkup } from '../jsonld';
import { match1, pick, postingItem, safely } from '../posting-item';
import type { SiteAdapter } from '../types';

const PANE = ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-RightPane', '#vjs-container'];
const TITLE = ['[data-testid="jobsearch-JobInfoHeader-title"]', '.jobsearch-JobInfoHeader-title'];
const COMPANY = ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]'];
const LOCATION = ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]', '[data-testid="jobsearch-JobInfoHeader-companyLocation"]'];
const SALARY = ['#salaryInfoAndJobType', '[data-testid="jobsearch-OtherJobDetailsContainer"]'];
const DESCRIPTION = ['#jobDescriptionText', '.jobsearch-jobDescriptionText', '.jobsearch-JobComponent-description'];

export const indeed: SiteAdapter = {
  id: 'indeed',
  // indeed.com and its country subdomains, and the country domains (indeed.co.uk, indeed.com.sg, indeed.de…).
  hosts: /(^|\.)indeed\.(com|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})$/,
  mode: 'posting',
  extract: (doc, url) =>
    safely(() => {
      const pane = pick(doc, PANE);
      const root = pane ?? doc;
      const id =
        url.searchParams.get('vjk') ??
        url.searchParams.get('jk') ??
        match1(root.querySelector('[data-indeed-apply-jk]')?.getAttribute('data-indeed-apply-jk'), /^([0-9a-f]+)$/i);
      const items = postingItem({
        site: 'indeed',
        id,
        url: id ? new URL(`/viewjob?jk=${id}`, url) : url,
        title: pick(root, TITLE),
        details: [pick(root, COMPANY), pick(root, LOCATION), pick(root, SALARY)],
        description: pick(root, DESCRIPTION),
        anchor: pane,
      });
      // The job page also carries the posting as JSON-LD: what is left when the component's markup has changed.
      return items.length || pane ? items : jobPostingsFromMarkup(doc, url);
    }),
};
