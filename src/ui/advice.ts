/**
 * What to do next, in plain words. Hotlines come from a campaign (the partner's own, for its country) or from the
 * help directory (assets/help/directory.json), where every number has a source; where neither has one for the
 * reader's country, the advice says who to ask without inventing one.
 */
import directoryJson from '../../assets/help/directory.json';
import type { Brand, BrandHotline } from '../campaign/brand';
import type { Family } from '../engine/types';
import type { Directory } from '../help/schema';
import type { MessageKey } from '../i18n/keys';

export const QUESTIONS: Record<Family, MessageKey[]> = {
  'trafficking-lure': ['askLure1', 'askLure2', 'askLure3', 'askLure4'],
  'job-scam': ['askScam1', 'askScam2', 'askScam3'],
};

export interface Hotline { country: string; name: string; phone: string; source: string }

const directory = directoryJson as unknown as Directory;

/** The first hotline with a phone number that the help directory lists (with its source) for the country. */
export function hotlineFor(country: string | undefined, help: Directory['countries'] = directory.countries): Hotline | undefined {
  const h = country ? help[country]?.hotlines?.find((x) => x.phone) : undefined;
  return h && country ? { country, name: h.name, phone: h.phone!, source: h.source.publisher } : undefined;
}

/** Who to call if already trapped: the campaign's hotline for the country, else the directory's. */
export function helpLine(brand: Brand, country: string | undefined, help?: Directory['countries']): BrandHotline | undefined {
  const own = country ? brand.countries[country]?.hotline : undefined;
  if (own) return own;
  const h = hotlineFor(country, help);
  return h && { name: h.name, phone: h.phone };
}
