/** The history of flagged ads: what an entry keeps, the cap, damaged storage, deleting. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractContacts } from '../../src/history/contacts';
import { addToHistory, clearHistory, deleteFromHistory, HISTORY_KEY, makeEntry, readHistory } from '../../src/history/store';
import type { CheckResult } from '../../src/engine/types';

const result: CheckResult = { score: 80, level: 'high', family: 'trafficking-lure', lang: 'en', signals: [{ indicator: 'visa.tourist-for-work', category: 'visa', weight: 30, evidence: 'tourist visa', start: 0, end: 12 }], mitigations: [] };
const AD = 'Job in Cambodia, tourist visa. WhatsApp +855 96 412 7781 or Telegram @hr_kh_jobs, mail hr.kh@example.com, apply at https://jobs.example.net/apply?id=7. POEA License No. 123-LB-042120-R';

describe('history', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the address, text, time, verdict, list versions and the contacts in the ad', async () => {
    const e = makeEntry({ text: AD, url: 'https://facebook.com/groups/1/posts/2' }, result, ['lurewatch-core@3'], new Date('2026-11-25T10:00:00Z'));
    expect(e).toMatchObject({ url: 'https://facebook.com/groups/1/posts/2', text: AD, seenAt: '2026-11-25T10:00:00.000Z', level: 'high', lists: ['lurewatch-core@3'] });
    expect(e.contacts.phones).toEqual(['+855 96 412 7781']);
    expect(e.contacts.handles).toContain('@hr_kh_jobs');
    expect(e.contacts.handles.join(' ')).not.toContain('example.com');
    expect(e.contacts.emails).toEqual(['hr.kh@example.com']);
    expect(e.contacts.links).toEqual(['https://jobs.example.net/apply?id=7']);
    expect(e.contacts.licences).toEqual(['POEA License No. 123-LB-042120-R']);
  });

  it('honours its cap (oldest first), refreshes a repeat instead of duplicating it, and survives damaged entries', async () => {
    const s = fakeBrowser.storage.local;
    for (let i = 0; i < 7; i++) await addToHistory(s, makeEntry({ text: `ad ${i}`, url: `https://x.example/${i}` }, result, [], new Date(2026, 0, i + 1)), 5);
    expect((await readHistory(s)).map((e) => e.text)).toEqual(['ad 2', 'ad 3', 'ad 4', 'ad 5', 'ad 6']);
    await addToHistory(s, makeEntry({ text: 'ad 3', url: 'https://x.example/3' }, result, [], new Date(2026, 1, 1)), 5);
    expect((await readHistory(s)).map((e) => e.text)).toEqual(['ad 2', 'ad 4', 'ad 5', 'ad 6', 'ad 3']);
    await s.set({ [HISTORY_KEY]: [...(await readHistory(s)), 'garbage', { id: 5 }] });
    expect(await readHistory(s)).toHaveLength(5);
    const [first] = await readHistory(s);
    await deleteFromHistory(s, first!.id);
    expect(await readHistory(s)).toHaveLength(4);
    await clearHistory(s);
    expect(await readHistory(s)).toEqual([]);
  });

  it('finds nothing in text without contacts', () => {
    expect(extractContacts('We are hiring a cook in Leeds.')).toEqual({ phones: [], handles: [], links: [], emails: [], licences: [] });
  });
});
