/**
 * Glassdoor: a job's own page (/job-listing/…?jl=<id>) and the search pages (/Job/…SRCH…htm), which show the picked
 * job beside the list. Class names are CSS-module names (`JobDetails_jobDescription__uW_fK`): the readable prefix
 * stays when the hash changes, so it is matched as a prefix. `data-test` attributes and the older ids are fallbacks.
 */
import { jobPostingsFromMarkup } from '../jsonld';
import { match1, pick, postingItem, safely } from '../posting-item';
import type { SiteAdapter } from '../types';

const PANE = ['[class*="JobDetails_jobDetailsContainer__"]', '[data-test="job-details"]', '#JDCol'];
const TITLE = ['h1[id^="jd-job-title-"]', '[data-test="job-title"]', '[class*="JobDetails_jobTitle__"]'];
const COMPANY = ['[class*="EmployerProfile_employerName__"]', '[data-test="employer-name"]', '[data-test="employerName"]'];
const LOCATION = ['[data-test="location"]', '[data-test="emp-location"]'];
const SALARY = ['[data-test="detailSalary"]', '[data-test="salary-estimate"]', '[class*="SalaryEstimate_salaryRange__"]'];
const DESCRIPTION = ['[class*="JobDetails_jobDescription__"]', '[data-test="jobDescriptionContent"]', '.jobDescriptionContent', '#JobDescriptionContainer'];

export const glassdoor: SiteAdapter = {
  id: 'glassdoor',
  hosts: /(^|\.)glassdoor\.(com|ca|ie|sg|de|fr|es|it|nl|at|ch|be|co\.[a-z]{2}|com\.[a-z]{2})$/,
  paths: /^\/(job-listing|Job|Jobs|partner)\//,
  mode: 'posting',
  extract: (doc, url) =>
    safely(() => {
      const pane = pick(doc, PANE);
      const root = pane ?? doc;
      const title = pick(root, TITLE);
      const id = url.searchParams.get('jl') ?? match1(title?.id, /^jd-job-title-(\d+)$/);
      const items = postingItem({
        site: 'glassdoor',
        id,
        url,
        title,
        details: [pick(root, COMPANY), pick(root, LOCATION), pick(root, SALARY)],
        description: pick(root, DESCRIPTION),
        anchor: pane,
      });
      return items.length || pane ? items : jobPostingsFromMarkup(doc, url);
    }),
};
