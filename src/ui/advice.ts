/**
 * What to do next, in plain words. Hotlines are listed only where we can name the source; elsewhere the advice says
 * who to ask without inventing a number. (The full per-country directory comes with the help-directory data.)
 */
import type { Family } from '../engine/types';

export const QUESTIONS: Record<Family, string[]> = {
  'trafficking-lure': [
    'What is the company’s full legal name and street address, and in which country and city will I work?',
    'Will I get a written contract and a work visa (not a tourist visa) before I travel?',
    'Which licensed recruitment agency handles this job, and what is its licence number?',
    'Can I keep my own passport and phone at all times?',
  ],
  'job-scam': [
    'Why do I have to pay anything before I start? (Real employers do not charge you to work.)',
    'What is the company’s registered name and address, and can I call its official number?',
    'Can I see a written contract before I send money, documents or bank details?',
  ],
};

export const LICENCE_CHECK = 'Check that the agency is licensed with your government’s labour-migration office before you pay or travel.';

export interface Hotline { country: string; name: string; phone: string; source: string }

/** Numbers checked against their operators' own pages. */
export const HOTLINES: Hotline[] = [
  { country: 'PH', name: '1343 Actionline Against Human Trafficking (IACAT)', phone: '1343', source: 'Inter-Agency Council Against Trafficking, Philippines' },
  { country: 'US', name: 'National Human Trafficking Hotline (Polaris)', phone: '1-888-373-7888', source: 'humantraffickinghotline.org' },
  { country: 'GB', name: 'Modern Slavery & Exploitation Helpline (Unseen)', phone: '08000 121 700', source: 'modernslaveryhelpline.org' },
];

/** The reader's country as the browser states it ("en-PH" -> "PH"), or undefined. */
export function readerCountry(languages: readonly string[]): string | undefined {
  for (const l of languages) {
    const m = /-([A-Z]{2})\b/.exec(l);
    if (m) return m[1];
  }
  return undefined;
}

export function hotlineFor(country: string | undefined): Hotline | undefined {
  return HOTLINES.find((h) => h.country === country);
}
