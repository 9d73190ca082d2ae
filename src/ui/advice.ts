/**
 * What to do next, in plain words. Hotlines come from the help directory (assets/help/directory.json), where every
 * number has a source; where it has none for the reader's country, the advice says who to ask without inventing one.
 */
import directoryJson from '../../assets/help/directory.json';
import type { Family } from '../engine/types';
import type { Directory } from '../help/schema';

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

const directory = directoryJson as unknown as Directory;

/** The reader's country as the browser states it ("en-PH" -> "PH"), or undefined. */
export function readerCountry(languages: readonly string[]): string | undefined {
  for (const l of languages) {
    const m = /-([A-Z]{2})\b/.exec(l);
    if (m) return m[1];
  }
  return undefined;
}

/** The first hotline with a phone number that the help directory lists (with its source) for the country. */
export function hotlineFor(country: string | undefined, help: Directory['countries'] = directory.countries): Hotline | undefined {
  const h = country ? help[country]?.hotlines?.find((x) => x.phone) : undefined;
  return h && country ? { country, name: h.name, phone: h.phone!, source: h.source.publisher } : undefined;
}
