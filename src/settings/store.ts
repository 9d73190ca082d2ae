/** Reading and changing settings from extension pages; every change keeps the other fields as they are. */
import type { StorageArea } from '../storage/area';
import { parseSettings, SETTINGS_KEY, siteOf, type Settings } from './settings';

export async function readSettings(storage: Pick<StorageArea, 'get'>): Promise<Settings> {
  return parseSettings((await storage.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>))[SETTINGS_KEY]);
}

export async function updateSettings(storage: StorageArea, change: (s: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(change(await readSettings(storage)));
  await storage.set({ [SETTINGS_KEY]: next });
  return next;
}

export function setSiteDisabled(storage: StorageArea, hostname: string, off: boolean): Promise<Settings> {
  const site = siteOf(hostname);
  return updateSettings(storage, (s) => ({ ...s, disabledSites: off ? [...s.disabledSites.filter((d) => d !== site), site] : s.disabledSites.filter((d) => d !== site) }));
}
