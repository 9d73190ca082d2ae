/**
 * The Firefox build: it passes `web-ext lint` (no errors), and in Debian's firefox-esr, driven over WebDriver BiDi by
 * puppeteer-core with the extension installed, a lure posting gets a high warning and a genuine job none.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, SHOTS } from './browser';

const FIREFOX_DIR = path.resolve('.output/firefox-mv3');
const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => fs.existsSync(p));
const missing = !FIREFOX ? 'Debian firefox-esr is not installed (apt-get install -y firefox-esr)' : !fs.existsSync(path.join(FIREFOX_DIR, 'manifest.json')) ? 'the Firefox build is missing (npm run build)' : undefined;
if (missing && process.env.CI) throw new Error(`Firefox e2e cannot run in CI: ${missing}`);
if (missing) console.warn(`skipping Firefox e2e: ${missing}`);

describe.skipIf(missing)('Firefox build', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveFixtures>>;

  beforeAll(async () => {
    site = await serveFixtures(path.resolve('test/fixtures/pages'));
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi' });
    await browser.installExtension(FIREFOX_DIR);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('passes web-ext lint with no errors', async () => {
    const { stdout } = await promisify(execFile)('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_DIR, '--output', 'json'], { maxBuffer: 16 << 20 }).catch((e: { stdout: string }) => e);
    const report = JSON.parse(stdout) as { summary: { errors: number }; errors: { code: string; message: string }[] };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);

  it('warns on a lure posting and stays silent on a genuine overseas job', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('lure-posting.html'));
    await page.waitForSelector('lurewatch-banner[data-lurewatch-level="high"]', { timeout: 20_000 });
    const headline = await page.evaluate(() => document.querySelector('lurewatch-banner')!.shadowRoot!.querySelector('h2')!.textContent);
    expect(headline).toMatch(/trafficking lure/);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'firefox-banner.png') });

    await page.goto(site.url('genuine-overseas.html'));
    await new Promise((r) => setTimeout(r, 3000));
    expect(await page.$('lurewatch-banner')).toBeNull();
    await page.close();
  });
});
