/** The built extension in a real Chromium: what a person browsing these pages would see. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, e2eSkipReason, launch, serveFixtures, SHOTS, waitForVerdict } from './browser';

const skip = e2eSkipReason();
if (skip) console.warn(`skipping e2e: ${skip}`);

describe.skipIf(skip)('extension in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launch>>;
  let site: Awaited<ReturnType<typeof serveFixtures>>;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    site = await serveFixtures(path.resolve('test/fixtures/pages'));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** The verdict the worker holds for the one open page (tests open one job page at a time and close it after). */
  async function verdictFor(url: string) {
    const answer = await waitForVerdict(browser.context, browser.extensionId, 10_000);
    expect(answer, `a verdict for ${url}`).not.toBeNull();
    return answer;
  }

  it('warns on a lure posting with a high banner that quotes the ad, and the badge and popup agree', async () => {
    const page = await browser.context.newPage();
    const url = site.url('lure-posting.html');
    await page.goto(url);
    const host = page.locator('lurewatch-banner[data-lurewatch-level="high"]');
    await host.waitFor({ state: 'attached', timeout: 20_000 });
    const banner = host.locator('[role="alert"]');
    await expect.poll(() => banner.textContent()).toContain('trafficking lure');
    const quotes = await host.locator('q').allTextContents();
    const pageText = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
    for (const q of quotes) expect(pageText).toContain(q.replace(/…$/, '').replace(/\s+/g, ' '));
    await page.screenshot({ path: path.join(SHOTS, 'banner-high.png') });
    expect(await axeViolations(page, 'lurewatch-banner')).toEqual([]);

    // "show" selects the quoted words in the page itself.
    const firstQuote = (await host.locator('q').first().textContent())!;
    await host.locator('button', { hasText: 'show' }).first().click();
    await expect.poll(() => page.evaluate(() => String(document.getSelection()).replace(/\s+/g, ' '))).toBe(firstQuote.replace(/\s+/g, ' '));

    const v = await verdictFor(url);
    expect(v?.result.level).toBe('high');
    expect(v?.badge).toBe('!');
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${v!.tabId}`);
    await expect.poll(() => popup.locator('[data-level]').getAttribute('data-level')).toBe('high');
    await expect.poll(() => popup.locator('q').count()).toBeGreaterThan(0);
    await popup.screenshot({ path: path.join(SHOTS, 'popup-high.png') });
    expect(await axeViolations(popup)).toEqual([]);
    const [reportFromPopup] = await Promise.all([browser.context.waitForEvent('page'), popup.getByRole('button', { name: 'Report this ad' }).click()]);
    await expect.poll(() => reportFromPopup.getByTestId('report-text').textContent()).toContain('Customer Service');
    await reportFromPopup.close();
    await popup.close();
    await page.close();
  });

  it('shows nothing on a genuine overseas job, nor on a news report about lures', async () => {
    for (const name of ['genuine-overseas.html', 'news-article.html']) {
      const page = await browser.context.newPage();
      const url = site.url(name);
      await page.goto(url);
      const v = await verdictFor(url);
      expect(v?.result.level, name).toBe('low');
      expect(v?.badge).toBe('');
      expect(await page.locator('lurewatch-banner').count()).toBe(0);
      await page.close();
    }
  });

  it('the paste-and-check page scores pasted text, marks the words, and is accessible', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(`chrome-extension://${browser.extensionId}/checker.html`);
    expect(await axeViolations(page)).toEqual([]);
    const sms = 'Hi dear, job in Thailand for you! Customer service, salary 35,000 baht, no experience. Ticket free. We pick you up in Mae Sot and go to the company office across the river. Come with tourist visa. Add me on WhatsApp only.';
    await page.getByLabel('Paste the job ad').fill(sms);
    await page.getByRole('button', { name: 'Check' }).click();
    const result = page.locator('section[data-level]');
    await expect.poll(() => result.getAttribute('data-level')).toBe('high');
    const marks = await page.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(1);
    for (const m of marks) expect(sms).toContain(m);
    await page.screenshot({ path: path.join(SHOTS, 'checker.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('"Report this ad" shows exactly what would be shared, lets the address be removed, and sends nothing itself', async () => {
    const page = await browser.context.newPage();
    const url = site.url('lure-posting.html');
    await page.goto(url);
    const host = page.locator('lurewatch-banner[data-lurewatch-level="high"]');
    await host.waitFor({ state: 'attached', timeout: 20_000 });
    const [report] = await Promise.all([browser.context.waitForEvent('page'), host.locator('button', { hasText: 'Report this ad' }).click()]);
    await report.waitForLoadState();
    const preview = report.getByTestId('report-text');
    await expect.poll(() => preview.textContent()).toContain(url);
    expect(await preview.textContent()).toMatch(/Lurewatch verdict: HIGH/);
    await report.getByLabel('The page address').uncheck();
    await expect.poll(() => preview.textContent()).not.toContain(url);
    await report.getByLabel(/^Note/).fill('A friend sent me this.');
    await expect.poll(() => preview.textContent()).toContain('A friend sent me this.');
    const [file] = await Promise.all([report.waitForEvent('download'), report.getByRole('button', { name: 'Download as a file' }).click()]);
    expect(fs.readFileSync((await file.path())!, 'utf8')).toBe(await preview.textContent());
    await report.locator('select').selectOption('PH');
    await expect.poll(() => report.getByTestId('destinations').textContent()).toMatch(/1343/);
    await report.screenshot({ path: path.join(SHOTS, 'report.png'), fullPage: true });
    expect(await axeViolations(report)).toEqual([]);
    await report.close();
    await page.close();
  });

  it('the options page is accessible', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.locator('[data-feed], [data-testid="no-default-feed"]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('does not score a page that is not about jobs', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url('recipe.html'));
    await page.waitForTimeout(1500);
    expect(await page.locator('lurewatch-banner').count()).toBe(0);
    await page.close();
  });
});
