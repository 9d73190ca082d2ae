/** Reporting an ad: the user sees exactly what is shared, and can leave out the address and their note. */
import { describe, expect, it } from 'vitest';
import { buildReport, mailtoLink } from '../../src/report/build';
import { uiEnv } from '../helpers/ui';

const { t } = uiEnv('en');

const ad = {
  text: 'Job in Cambodia, tourist visa, Telegram @hr_kh',
  url: 'https://www.facebook.com/groups/1/posts/2',
  seenAt: '2026-11-25T10:00:00.000Z',
  result: { score: 80, level: 'high' as const, family: 'trafficking-lure' as const, lang: 'en', signals: [{ indicator: 'visa.tourist-for-work', category: 'visa', weight: 30, evidence: 'tourist visa', start: 17, end: 29 }], mitigations: [] },
  explanations: { 'visa.tourist-for-work': 'Working on a tourist visa leaves you without protection.' },
  lists: ['lurewatch-core@3'],
};

describe('report', () => {
  it('holds the verdict, quotes, the ad and, when chosen, the address and the note', () => {
    const text = buildReport(t, ad, { includeUrl: true, note: 'My cousin was sent this.', includeNote: true }, new Date('2026-11-26T00:00:00Z'));
    expect(text).toContain('HIGH (score 80/100), possible trafficking lure');
    expect(text).toContain('Where it was seen: https://www.facebook.com/groups/1/posts/2');
    expect(text).toContain('"tourist visa": Working on a tourist visa');
    expect(text).toContain('My cousin was sent this.');
    expect(text).toContain(ad.text);
    expect(text).toContain('lurewatch-core@3');
  });

  it('leaves out the address and the note when the user removes them', () => {
    const text = buildReport(t, ad, { includeUrl: false, note: 'private note', includeNote: false }, new Date());
    expect(text).not.toContain('facebook.com');
    expect(text).not.toContain('private note');
  });

  it('bounds a mailto body and says where the rest is', () => {
    const link = mailtoLink('report@ngo.example', 'Suspicious job offer', 'x'.repeat(5000), t('rtCut'));
    expect(decodeURIComponent(link.split('body=')[1]!)).toMatch(/^x{1800}\n\[…the full report is on your clipboard/);
    expect(link.startsWith('mailto:report%40ngo.example?subject=Suspicious%20job%20offer&body=')).toBe(true);
  });
});
