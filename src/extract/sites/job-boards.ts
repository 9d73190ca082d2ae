/** The job-board adapters, for the content script's site registry. */
import type { SiteAdapter } from '../types';
import { brightermonday } from './brightermonday';
import { craigslist } from './craigslist';
import { glassdoor } from './glassdoor';
import { indeed } from './indeed';
import { jobstreet } from './jobstreet';
import { linkedinJob } from './linkedin-job';
import { naukri } from './naukri';
import { olx } from './olx';

export const jobBoardAdapters: SiteAdapter[] = [linkedinJob, indeed, glassdoor, jobstreet, naukri, brightermonday, craigslist, olx];
