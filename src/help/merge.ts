/** The help directory in use: the bundled one, with each active list's corrections laid over it by country. */
import directoryJson from '../../assets/help/directory.json';
import type { ListDocument } from '../indicators/schema';
import type { Directory } from './schema';

export type HelpCountries = Directory['countries'];

export const bundledHelp = (directoryJson as unknown as Directory).countries;

export function mergeHelp(lists: ListDocument[], base: HelpCountries = bundledHelp): HelpCountries {
  const out: HelpCountries = { ...base };
  for (const l of lists) for (const [cc, entry] of Object.entries(l.help?.countries ?? {})) out[cc] = entry;
  return out;
}
