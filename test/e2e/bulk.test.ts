/**
 * The bulk checker in the built extension: 1,000 ads from a CSV (the development corpus repeated, or our own
 * labelled set when the corpus is not beside the checkout), results and exports identical to `cli check --csv`,
 * a malformed row reported by its line, and an evidence report that prints one ad a page.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, formatCsv } from '../../src/cli/csv';
import { axeViolations, e2eSkipReason, launch, serveFixtures, SHOTS } from './browser';

const skip = e2eSkipReason();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lw-bulk-'));
const CORPUS = fs.existsSync('../shared/corpus/dev.jsonl') ? '../shared/corpus/dev.jsonl' : 'test/fixtures/corpus/labelled.jsonl';

/** 1,000 ads in a CSV with id, text and url columns, plus one row with the text missing (row 502). */
function writeCsv(file: string): number {
  const ads = fs.readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string });
  const rows: string[][] = [['id', 'text', 'url']];
  for (let i = 0; i < 1000; i++) {
    const ad = ads[i % ads.length]!;
    rows.push([`${ad.id}-${i}`, ad.text, `https://example.org/ads/${i}`]);
    if (i === 499) rows.push(['broken-row']);
  }
  fs.writeFileSync(file, formatCsv(rows));
  return rows.length - 1;
}

describe.skipIf(skip)('bulk checker in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('checks 1,000 ads from a CSV exactly as the command line does, and exports the same CSV and JSON', async () => {
    const csvFile = path.join(tmp, 'ads.csv');
    const total = writeCsv(csvFile);
    const { stdout: cliCsv } = await promisify(execFile)('npm', ['run', '--silent', 'cli', '--', 'check', '--csv', csvFile, '--text-column', 'text'], { maxBuffer: 64 << 20 }).catch((e: { stdout: string }) => e);

    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`chrome-extension://${browser.extensionId}/bulk.html`);
    await page.locator('input[type="file"]').setInputFiles(csvFile);
    await page.getByRole('button', { name: 'Check all' }).click();
    await page.getByTestId('counts').waitFor({ timeout: 120_000 });
    await expect.poll(() => page.locator('[data-testid="row-errors"]').textContent()).toMatch(/line 502: has 1 fields, no "text"/);
    expect(await page.locator('tbody tr').count()).toBe(total);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const exported = fs.readFileSync((await csvDownload.path())!, 'utf8');
    const firstDiff = (a: string, b: string) => {
      const la = parseCsv(a);
      const lb = parseCsv(b);
      const i = la.findIndex((r, k) => JSON.stringify(r) !== JSON.stringify(lb[k]));
      return i < 0 ? null : { row: i, bulk: la[i]?.slice(-4), cli: lb[i]?.slice(-4) };
    };
    expect(firstDiff(exported, cliCsv)).toBeNull();
    expect(exported).toBe(cliCsv);

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const lines = fs.readFileSync((await jsonDownload.path())!, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; score?: number; level?: string; family?: string | null; error?: string });
    const cliRows = parseCsv(cliCsv).slice(1);
    expect(lines).toHaveLength(cliRows.length);
    lines.forEach((l, i) => {
      const row = cliRows[i]!;
      if (l.error) expect(row.at(-3)).toBe('error');
      else expect([l.id, String(l.score), l.level, l.family ?? '']).toEqual([row[0], row.at(-4), row.at(-3), row.at(-2)]);
    });

    // Sort by level and filter to flagged, as someone triaging would.
    await page.locator('select').filter({ hasText: 'caution and high' }).selectOption('flagged');
    await page.getByRole('button', { name: 'Level' }).click();
    const first = await page.locator('tbody tr').first().getAttribute('data-level');
    expect(first).toBe('high');
    await page.screenshot({ path: path.join(SHOTS, 'bulk.png') });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 240_000);

  it('the evidence report prints one ad a page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/bulk.html`);
    const ads = [
      'Customer service job in Cambodia, no experience, USD 1,800 per month, free flight and hotel, come on a tourist visa. Telegram only.',
      'Pay a registration fee of 5,000 pesos to start your data entry job today; salary paid weekly.',
      'Online marketing staff for our company near the Thai border in Myawaddy. Ticket to Bangkok paid, our driver picks you up.',
    ];
    await page.getByLabel('Ads').fill(ads.join('\n\n'));
    await page.getByRole('button', { name: 'Check all' }).click();
    await page.getByTestId('counts').waitFor();
    await page.getByRole('button', { name: /Evidence report/ }).click();
    await page.locator('.report-page').first().waitFor();
    const shown = await page.locator('.report-page').count();
    expect(shown).toBe(3);
    const pdf = await page.pdf({ format: 'A4' });
    fs.writeFileSync(path.join(tmp, 'report.pdf'), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pages).toBe(shown);
    await page.screenshot({ path: path.join(SHOTS, 'evidence-report.png'), fullPage: true });
    await page.close();
  }, 120_000);

  it('history (opt-in) keeps flagged ads across a browser restart and an extension update, and "delete all" empties it', async () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lw-history-profile-'));
    const site = await serveFixtures(path.resolve('test/fixtures/pages'));
    // A copy of the build, so that the "update" below can change it without touching the other tests' build.
    const extDir = path.join(profile, '..', `${path.basename(profile)}-ext`);
    fs.cpSync(path.resolve('.output/chrome-mv3'), extDir, { recursive: true });
    let b = await launch(extDir, profile);
    const count = async () => {
      const page = await b.context.newPage();
      await page.goto(`chrome-extension://${b.extensionId}/bulk.html`);
      const text = await page.getByTestId('history-count').textContent();
      return { page, n: Number(/^(\d+) of/.exec(text ?? '')?.[1]) };
    };
    try {
      const options = await b.context.newPage();
      await options.goto(`chrome-extension://${b.extensionId}/options.html`);
      await options.getByLabel(/Keep\s+a copy of each flagged ad/).check();
      await options.getByText('Saved: history on.').waitFor();
      await options.close();

      const ad = await b.context.newPage();
      await ad.goto(site.url('lure-posting.html'));
      await ad.locator('lurewatch-banner[data-lurewatch-level="high"]').waitFor({ state: 'attached', timeout: 20_000 });
      await ad.close();
      await expect.poll(async () => { const c = await count(); await c.page.close(); return c.n; }, { timeout: 10_000 }).toBe(1);

      await b.close();
      b = await launch(extDir, profile);
      let c = await count();
      expect(c.n).toBe(1);
      expect(await c.page.locator('[data-testid="history"] li').first().textContent()).toMatch(/lure-posting\.html/);

      // An extension update: new files with a higher version at the same place, loaded by the same profile.
      await c.page.close();
      await b.close();
      const manifestFile = path.join(extDir, 'manifest.json');
      const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { version: string };
      manifest.version = '99.0.0';
      fs.writeFileSync(manifestFile, JSON.stringify(manifest));
      b = await launch(extDir, profile);
      c = await count();
      expect(await c.page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version)).toBe('99.0.0');
      expect(c.n).toBe(1);

      c.page.on('dialog', (d) => void d.accept());
      await c.page.getByRole('button', { name: 'Delete all' }).click();
      await expect.poll(() => c.page.getByTestId('history-count').textContent()).toMatch(/^0 of at most 500/);
      await c.page.close();
    } finally {
      await b.close();
      await site.close();
      fs.rmSync(profile, { recursive: true, force: true });
      fs.rmSync(extDir, { recursive: true, force: true });
    }
  }, 180_000);
});
