/**
 * A campaign build for a made-up partner (test/fixtures/campaign): built with LUREWATCH_CAMPAIGN like a partner
 * would, for Chrome and Firefox, and loaded in Chromium. The welcome page, the warning and the popup carry the partner's name, hotline and
 * language (Swahili, for Kenya); screenshots in test-results/screenshots/campaign.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, e2eSkipReason, launch, serveFixtures, SHOTS, waitForVerdict } from './browser';

const run = promisify(execFile);
const skip = e2eSkipReason();
const CAMPAIGN = path.resolve('test/fixtures/campaign/campaign.json');
const shots = path.join(SHOTS, 'campaign');

describe.skipIf(skip)('a partner’s campaign build', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lw-campaign-'));
  let browser: Awaited<ReturnType<typeof launch>>;
  let site: Awaited<ReturnType<typeof serveFixtures>>;

  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true });
    const env = { ...process.env, LUREWATCH_CAMPAIGN: CAMPAIGN, LUREWATCH_OUT_DIR: tmp };
    await run('npx', ['wxt', 'build', '-b', 'chrome'], { env });
    await run('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { env });
    site = await serveFixtures(path.resolve('test/fixtures/pages'));
    browser = await launch(path.join(tmp, 'chrome-mv3'));
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const extUrl = (p: string) => `chrome-extension://${browser.extensionId}/${p}`;

  it('carries the partner’s name, logo and list in its manifest', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(tmp, 'chrome-mv3/manifest.json'), 'utf8'));
    expect(manifest.name).toBe('Safari Salama');
    expect(manifest.icons['128']).toBe('campaign/logo.png');
    expect(fs.existsSync(path.join(tmp, 'chrome-mv3/campaign/logo.png'))).toBe(true);
    expect(manifest.host_permissions).toEqual(['https://lists.safarisalama.example/*']);
  });

  it('builds for Firefox too: branded, and web-ext lint finds no error', async () => {
    const dir = path.join(tmp, 'firefox-mv3');
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.name).toBe('Safari Salama');
    expect(manifest.icons['128']).toBe('campaign/logo.png');
    expect(manifest.storage).toBeUndefined();
    const { stdout } = await run('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { maxBuffer: 16 << 20 }).catch((e: { stdout: string }) => e);
    const report = JSON.parse(stdout) as { summary: { errors: number }; errors: { code: string; message: string }[] };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
  }, 120_000);

  it('welcomes the user in the partner’s language, with its message and hotline', async () => {
    await expect.poll(() => browser.context.pages().some((p) => p.url() === extUrl('onboarding.html')), { timeout: 10_000 }).toBe(true);
    const page = browser.context.pages().find((p) => p.url() === extUrl('onboarding.html'))!;
    await page.setViewportSize({ width: 800, height: 900 });
    await page.locator('[data-flag]').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sw');
    expect(await page.locator('[data-testid="brand"]').textContent()).toContain('Safari Salama Kenya (example partner)');
    expect(await page.locator('[data-testid="campaign-message"]').textContent()).toContain('Safari Salama inawasaidia vijana wa Kenya');
    const hotline = await page.locator('[data-testid="hotline"]').textContent();
    expect(hotline).toContain('Safari Salama helpline (example)');
    expect(hotline).toContain('+254 700 000 111');
    expect(await page.title()).toContain('Safari Salama');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(shots, 'onboarding.png'), fullPage: true });
  });

  it('warns in Swahili under the partner’s name, with the partner’s hotline', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url('lure-posting.html'));
    const host = page.locator('lurewatch-banner[data-lurewatch-level="high"]');
    await host.waitFor({ state: 'attached', timeout: 20_000 });
    await expect.poll(() => host.locator('[lang]').first().getAttribute('lang')).toBe('sw');
    expect(await host.locator('[data-testid="brand"]').textContent()).toContain('Safari Salama Kenya (example partner)');
    // The logo inside the page loads from the extension (web-accessible, full address).
    await expect.poll(() => host.locator('[data-testid="brand"] img').evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await expect.poll(() => host.locator('h2').textContent()).toMatch(/^Safari Salama: /);
    await host.locator('summary').click();
    expect(await host.locator('[data-testid="trapped"]').textContent()).toContain('+254 700 000 111');
    expect(await host.locator('[data-testid="partner-help"]').textContent()).toContain('safarisalama.example/ke');
    await host.locator('[role="alert"]').screenshot({ path: path.join(shots, 'banner.png') });

    const v = await waitForVerdict(browser.context, browser.extensionId, 10_000);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 640 });
    await popup.goto(extUrl(`popup.html?tab=${v!.tabId}`));
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Safari Salama');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('sw');
    expect(await popup.locator('[data-testid="brand"]').textContent()).toContain('Safari Salama Kenya');
    expect(await popup.locator('h1 img').getAttribute('src')).toBe('/campaign/logo.png');
    await popup.screenshot({ path: path.join(shots, 'popup.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('follows the partner’s list as one the user can turn off but not remove', async () => {
    const page = await browser.context.newPage();
    await page.goto(extUrl('options.html'));
    const card = page.locator('[data-feed="campaign-1"]');
    await card.waitFor();
    expect(await card.locator('h3').textContent()).toContain('Safari Salama: East Africa recruiters');
    expect(await card.getByRole('button').count()).toBe(2);
    await page.close();
  });
});
