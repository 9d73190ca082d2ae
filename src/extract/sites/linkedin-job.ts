/**
 * LinkedIn jobs: a job's own page (/jobs/view/<id>) and the search and collections pages, whose right-hand pane shows
 * the job picked in the list. Signed-in pages use `jobs-*` / `job-details-*` classes and the `#job-details` id;
 * the signed-out (guest) pages use `top-card-layout` / `description__text`, in the pane as on the job page.
 */
import { match1, pick, postingItem, safely } from '../posting-item';
import type { SiteAdapter } from '../types';

/** The detail pane of a search page; on a job's own page there is none and the whole document is searched. */
const PANE = ['.jobs-search__job-details--container', '.jobs-search__job-details', '.scaffold-layout__detail', '.details-pane__content'];
const TITLE = ['.job-details-jobs-unified-top-card__job-title', '.jobs-unified-top-card__job-title', '.top-card-layout__title', '.topcard__title'];
const COMPANY = ['.job-details-jobs-unified-top-card__company-name', '.jobs-unified-top-card__company-name', '.topcard__org-name-link'];
const LOCATION = [
  '.job-details-jobs-unified-top-card__primary-description-container',
  '.job-details-jobs-unified-top-card__tertiary-description-container',
  '.jobs-unified-top-card__bullet',
  '.topcard__flavor--bullet',
];
const SALARY = ['.compensation__salary', '#SALARY'];
const DESCRIPTION = ['#job-details', '.jobs-description__content', '.jobs-description-content__text', '.description__text', '.show-more-less-html__markup'];

export const linkedinJob: SiteAdapter = {
  id: 'linkedin-job',
  hosts: /(^|\.)linkedin\.com$/,
  paths: /^\/jobs(\/|$)/,
  mode: 'posting',
  extract: (doc, url) =>
    safely(() => {
      const pane = pick(doc, PANE);
      const root = pane ?? doc;
      const id =
        match1(url.pathname, /^\/jobs\/view\/(?:[^/]*-)?(\d+)/) ??
        url.searchParams.get('currentJobId') ??
        match1(pane?.querySelector('[data-job-id]')?.getAttribute('data-job-id'), /(\d+)/);
      return postingItem({
        site: 'linkedin-job',
        id,
        url: id ? new URL(`https://www.linkedin.com/jobs/view/${id}/`) : url,
        title: pick(root, TITLE),
        details: [pick(root, COMPANY), pick(root, LOCATION), pick(root, SALARY)],
        description: pick(root, DESCRIPTION),
        anchor: pane,
      });
    }),
};
