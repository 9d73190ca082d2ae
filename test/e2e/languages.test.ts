/**
 * The interface languages in a real Chromium: the warning and the popup in each of the 22 languages (screenshots in
 * test-results/screenshots/locales, nothing overflowing), switching the language in options, a warning shown in
 * the ad's language, and the welcome page (opened after install; accessible in English, Arabic and Burmese).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { englishRuns, keyLeaks, visibleWords } from '../helpers/visible-text';
import { axeViolations, e2eSkipReason, launch, serveFixtures, SHOTS, waitForVerdict } from './browser';

const skip = e2eSkipReason();
const LOCALE_SHOTS = path.join(SHOTS, 'locales');

describe.skipIf(skip)('interface languages in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launch>>;
  let site: Awaited<ReturnType<typeof serveFixtures>>;
  let ext: Page;

  beforeAll(async () => {
    fs.mkdirSync(LOCALE_SHOTS, { recursive: true });
    site = await serveFixtures(path.resolve('test/fixtures/pages'));
    browser = await launch();
    ext = await browser.context.newPage();
    await ext.goto(`chrome-extension://${browser.extensionId}/checker.html`);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const extUrl = (p: string) => `chrome-extension://${browser.extensionId}/${p}`;
  const setSettings = (patch: Record<string, unknown>) =>
    ext.evaluate(async (p) => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome;
      const now = ((await c.storage.local.get('settings')).settings ?? {}) as object;
      await c.storage.local.set({ settings: { ...now, ...p } });
    }, patch);

  /** Widths that overflow their box in the page or a shadow root: a label too long for its button, a line cut off. */
  const overflowing = (page: Page, hostSelector: string | null) =>
    page.evaluate((sel) => {
      const root: ParentNode = sel ? document.querySelector(sel)!.shadowRoot! : document;
      return Array.from(root.querySelectorAll('div, p, h1, h2, button, li, section, main, summary'))
        .filter((el) => (el as HTMLElement).scrollWidth > (el as HTMLElement).clientWidth + 1 && getComputedStyle(el).display !== 'inline')
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el as HTMLElement).scrollWidth}>${(el as HTMLElement).clientWidth} “${(el.textContent ?? '').slice(0, 40)}”`);
    }, hostSelector);

  it('opens the welcome page after install', async () => {
    await expect.poll(() => browser.context.pages().some((p) => p.url() === extUrl('onboarding.html')), { timeout: 10_000 }).toBe(true);
  });

  it('shows the warning and the popup in each language, laid out right to left for Arabic, with nothing overflowing', async () => {
    const problems: string[] = [];
    for (const l of LOCALES) {
      await setSettings({ language: l.tag });
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1024, height: 760 });
      await page.goto(site.url('lure-posting.html'));
      const host = page.locator('lurewatch-banner');
      await host.waitFor({ state: 'attached', timeout: 20_000 });
      const box = host.locator('[lang]').first();
      await expect.poll(() => box.getAttribute('lang')).toBe(l.tag);
      expect(await box.getAttribute('dir')).toBe(l.tag === 'ar' ? 'rtl' : 'ltr');
      await host.locator('summary').click();
      problems.push(...(await overflowing(page, 'lurewatch-banner')).map((p) => `${l.dir} banner ${p}`));
      const bannerText = (await page.evaluate(visibleWords, (await host.evaluateHandle((h) => h.shadowRoot!)) as never)) as string[];
      expect(bannerText.join(' ').length).toBeGreaterThan(100);
      problems.push(...keyLeaks(bannerText.join(' | ')).map((k) => `${l.dir} banner key ${k}`));
      await host.locator('[role="alert"]').screenshot({ path: path.join(LOCALE_SHOTS, `${l.dir}-banner.png`) });

      const v = await waitForVerdict(browser.context, browser.extensionId, 10_000);
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 380, height: 640 });
      await popup.goto(extUrl(`popup.html?tab=${v!.tabId}`));
      await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe(l.tag);
      await popup.locator('[data-level="high"] summary').click();
      problems.push(...(await overflowing(popup, null)).map((p) => `${l.dir} popup ${p}`));
      problems.push(...keyLeaks((await popup.locator('body').evaluate(visibleWords)).join(' | ')).map((k) => `${l.dir} popup key ${k}`));
      await popup.screenshot({ path: path.join(LOCALE_SHOTS, `${l.dir}-popup.png`), fullPage: true });
      await popup.close();
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('switching the language in options changes every visible string at once (here to Arabic, right to left)', async () => {
    await setSettings({ language: 'en' });
    const page = await browser.context.newPage();
    await page.goto(extUrl('options.html'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Lurewatch settings');
    await page.selectOption('select[name="language"]', 'ar');
    await expect.poll(() => page.evaluate(() => `${document.documentElement.lang} ${document.documentElement.dir}`)).toBe('ar rtl');
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/[\u0600-\u06ff]/);
    await page.locator('[data-testid="no-default-feed"]').waitFor();
    const words = (await page.locator('body').evaluate(visibleWords)).join(' | ');
    expect(englishRuns(words)).toEqual([]);
    expect(keyLeaks(words)).toEqual([]);
    await page.screenshot({ path: path.join(LOCALE_SHOTS, 'ar-options.png'), fullPage: true });
    // The choice is kept: the popup opened afterwards speaks Arabic too.
    const popup = await browser.context.newPage();
    await popup.goto(extUrl('popup.html'));
    await expect.poll(() => popup.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await popup.close();
    await page.selectOption('select[name="language"]', 'auto');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Lurewatch settings');
    await page.close();
  });

  it('offers a warning in the ad’s language: an English reader, a Thai ad', async () => {
    await setSettings({ language: 'en', adLanguage: false });
    const page = await browser.context.newPage();
    await page.goto(site.url('lure-posting-th.html'));
    const host = page.locator('lurewatch-banner');
    await host.waitFor({ state: 'attached', timeout: 20_000 });
    const box = host.locator('[lang]').first();
    await expect.poll(() => box.getAttribute('lang')).toBe('en');
    await expect.poll(() => host.locator('h2').textContent()).toContain('Strong signs of');
    await host.getByRole('button', { name: 'Show in ไทย' }).click();
    await expect.poll(() => box.getAttribute('lang')).toBe('th');
    await expect.poll(() => host.locator('h2').textContent()).toMatch(/[\u0e00-\u0e7f]/);
    await host.locator('[role="alert"]').screenshot({ path: path.join(LOCALE_SHOTS, 'th-ad-en-reader.png') });
    // And back: the toggle names the reader's own language.
    await host.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => box.getAttribute('lang')).toBe('en');
    await page.close();

    // With the setting on, the warning starts in the ad's language.
    await setSettings({ adLanguage: true });
    const again = await browser.context.newPage();
    await again.goto(site.url('lure-posting-th.html'));
    const host2 = again.locator('lurewatch-banner');
    await host2.waitFor({ state: 'attached', timeout: 20_000 });
    await expect.poll(() => host2.locator('[lang]').first().getAttribute('lang')).toBe('th');
    await again.close();
    await setSettings({ adLanguage: false });
  });

  for (const tag of ['en', 'ar', 'my']) {
    it(`the welcome page in ${tag}: no serious accessibility issue, usable at 360 px and by keyboard`, async () => {
      await setSettings({ language: tag });
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(extUrl('onboarding.html'));
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(tag);
      await page.locator('[data-flag]').first().waitFor();
      expect(await page.locator('[data-flag]').count()).toBe(7);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#flags');
      await page.screenshot({ path: path.join(LOCALE_SHOTS, `${tag}-onboarding-360.png`), fullPage: true });
      await page.close();
    });
  }

  it('“Learn the red flags” in the popup opens the welcome page', async () => {
    await setSettings({ language: 'auto' });
    const popup = await browser.context.newPage();
    await popup.goto(extUrl('popup.html'));
    const [learn] = await Promise.all([browser.context.waitForEvent('page'), popup.getByRole('button', { name: 'Learn the red flags' }).click()]);
    await expect.poll(() => learn.url()).toBe(extUrl('onboarding.html'));
    await popup.close();
    await learn.close();
  });
});
