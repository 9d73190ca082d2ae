/** The background worker's message handling, driven through WXT's fakeBrowser as the extension would be. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createChecker } from '../../src/background/checker';
import { createUiService } from '../../src/background/ui-service';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';
import { bundledList } from '../../src/indicators/bundled';
import { tinyList } from '../helpers/lists';

const LURE = 'Customer service job in Cambodia, no experience needed, salary USD 1,500 per month, free ticket and hotel, come on a tourist visa. Telegram @hr_kh';

describe('background checker', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers a check request with the verdict and plain-language explanations', async () => {
    const checker = createChecker();
    const reply = await checker.handle(undefined, { type: 'check', input: { text: LURE } }, {});
    expect(reply.ok).toBe(true);
    if (!reply.ok || !('result' in reply) || !reply.result || !reply.explanations) throw new Error('no verdict');
    expect(reply.result.level).toBe('high');
    for (const s of reply.result.signals) {
      expect(reply.explanations[s.indicator]).not.toBe(s.indicator);
      expect(reply.explanations[s.indicator]!.split(' ').length).toBeGreaterThan(5);
    }
  });

  it('sets the badge for the tab that reported a verdict, and remembers it for the popup', async () => {
    const checker = createChecker();
    const badge = { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn() };
    const reply = await checker.handle(badge, { type: 'check', input: { text: LURE } }, {});
    if (!reply.ok || !('result' in reply) || !reply.result || !reply.explanations) throw new Error('no verdict');
    const { result } = reply;
    await checker.handle(badge, { type: 'page-verdict', result }, { tab: { id: 7 } });
    expect(badge.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '!' });
    const popup = await checker.handle(badge, { type: 'tab-verdict', tabId: 7 }, {});
    expect(popup).toMatchObject({ ok: true, result });
    checker.forget(7);
    expect(await checker.handle(badge, { type: 'tab-verdict', tabId: 7 }, {})).toEqual({ ok: true, result: null, explanations: {}, keys: {} });
  });

  it('scores a batch with the default thresholds and names the sources and list versions for evidence reports', async () => {
    const checker = createChecker();
    checker.setThresholds({ caution: 90, high: 99 });
    const reply = await checker.handle(undefined, { type: 'check-batch', inputs: [{ text: LURE }, { text: 'Bakery in Leeds hiring a weekend assistant.' }] }, {});
    if (!reply.ok || !('results' in reply)) throw new Error('no batch reply');
    expect(reply.results.map((r) => r.level)).toEqual(['high', 'low']);
    expect(reply.lists).toEqual(['lurewatch-core@1']);
    for (const s of reply.results[0]!.signals) expect(reply.sources[s.indicator]!.length).toBeGreaterThan(0);
    expect(reply.sources['visa.tourist-for-work']?.join(' ')).toMatch(/\(\d{4}-\d{2}-\d{2}\)/);
    expect(await checker.handle(undefined, { type: 'check-batch', inputs: Array.from({ length: 501 }, () => ({ text: 'x' })) }, {})).toMatchObject({ ok: false });
  });

  it('help-directory corrections travel in the lists: a list update fixes a hotline for everyone', async () => {
    const fix = tinyList([{ id: 'scam.x', patterns: { en: ['alpha offer'] } }], {
      id: 'ngo-help', help: { countries: { RU: { hotlines: [{ name: 'Test hotline', phone: '+7 800 000 00 00', source: { publisher: 'Test NGO', title: 'Our page', date: '2026-11-01' }, checked: '2026-11-25' }], ngos: [] } } },
    });
    // The directory travels in the worker's `ui` reply, which every page and warning asks for.
    const helpOf = async (checker: ReturnType<typeof createChecker>) => {
      checker.setUi(createUiService({ loadMessages: async () => ({}), readSettings: async () => DEFAULT_SETTINGS, readManaged: async () => ({}), languages: () => ['en'], campaign: null }));
      const reply = await checker.handle(undefined, { type: 'ui' }, {});
      if (!reply.ok || !('help' in reply)) throw new Error('no ui reply');
      return reply.help;
    };
    const before = await helpOf(createChecker());
    expect(before.RU?.hotlines ?? []).toEqual([]);
    expect(before.PH?.hotlines[0]?.phone).toBe('1343');
    const after = await helpOf(createChecker([bundledList, fix]));
    expect(after.RU?.hotlines[0]?.phone).toBe('+7 800 000 00 00');
    expect(after.PH?.hotlines[0]?.phone).toBe('1343');
  });

  it('keeps the flagged ad of a tab in memory so the popup can report it, and opens the report through the reporter', async () => {
    const opened: unknown[] = [];
    const checker = createChecker([bundledList], async (ad) => void opened.push(ad));
    const reply = await checker.handle(undefined, { type: 'check', input: { text: LURE } }, {});
    if (!reply.ok || !('result' in reply) || !reply.result) throw new Error('no verdict');
    const item = { text: LURE, url: 'https://jobs.example/1' };
    await checker.handle(undefined, { type: 'page-verdict', result: reply.result, item }, { tab: { id: 9 }, url: 'https://jobs.example/1' });
    const tab = await checker.handle(undefined, { type: 'tab-verdict', tabId: 9 }, {});
    expect(tab).toMatchObject({ ok: true, item, url: 'https://jobs.example/1' });
    await checker.handle(undefined, { type: 'open-report', ad: { ...item, result: reply.result } }, { url: 'chrome-extension://x/popup.html' });
    expect(opened).toEqual([expect.objectContaining({ text: LURE, url: 'https://jobs.example/1', lists: ['lurewatch-core@1'] })]);
  });

  it('refuses malformed messages without throwing', async () => {
    const checker = createChecker();
    for (const m of [null, 42, { type: 'check' }, { type: 'check', input: { text: 5 } }, { type: 'nope' }]) {
      expect(await checker.handle(undefined, m, {})).toEqual({ ok: false, error: 'unknown message' });
    }
    expect(await checker.handle(undefined, { type: 'page-verdict', result: null }, {})).toMatchObject({ ok: false });
  });

  it('works through the real runtime messaging of the fake browser', async () => {
    const checker = createChecker();
    fakeBrowser.runtime.onMessage.addListener((message: unknown, sender: { tab?: { id?: number } }) => checker.handle(fakeBrowser.action, message, sender));
    const reply = (await fakeBrowser.runtime.sendMessage({ type: 'check', input: { text: 'Hello, how are you?' } })) as { ok: boolean; result: { level: string } };
    expect(reply.ok).toBe(true);
    expect(reply.result.level).toBe('low');
  });
});
