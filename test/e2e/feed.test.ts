/**
 * List updates in the built extension: a build pointed at a feed on 127.0.0.1 (through LUREWATCH_FEED_URLS and
 * LUREWATCH_FEED_PUBLIC_KEY, as a campaign would build it) adopts a list signed with our own `cli list sign`, and a
 * page then warns about text only the new list knows; a forged list, an older list and a dead server change nothing.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, launch, serveFixtures, SHOTS } from './browser';
import { startFeedServer, type FeedServer } from '../helpers/feed-server';

const run = promisify(execFile);
const missing = chromiumPath() ? undefined : 'Debian chromium is not installed (apt-get install -y chromium)';
if (missing && process.env.CI) throw new Error(`e2e cannot run in CI: ${missing}`);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lw-feed-e2e-'));
const at = (f: string) => path.join(tmp, f);
const cli = (...args: string[]) => run('npm', ['run', '--silent', 'cli', '--', ...args], { maxBuffer: 64 << 20 });

const NEW_NAME_PAGE = `<!doctype html><html lang="en"><head><title>Warehouse packer wanted</title></head><body><main>
<h1>Warehouse packer wanted</h1><p>We are hiring a full-time warehouse packer in Leeds. Day shifts, paid holiday, salary £11.50 per hour.</p>
<p>To apply, send your CV to Ostrava Talent Bridge and we will call you back.</p></main></body></html>`;
const FORGED_NAME_PAGE = NEW_NAME_PAGE.replace('Ostrava Talent Bridge', 'Brno Talent Bridge');

/** The bundled core list at another version, with one more indicator per extra name. */
function coreWith(version: number, names: string[]): unknown {
  const core = JSON.parse(fs.readFileSync('assets/indicators/lurewatch-core.json', 'utf8'));
  core.version = version;
  names.forEach((name, i) => core.indicators.push({
    id: `recruiter.e2e-${i}`, family: 'job-scam', category: 'recruiter', weight: 60,
    explanation: { key: `ind_recruiter_e2e_${i}`, en: 'A recruiter name reported to the list publisher.' },
    sources: ['lurewatch-maintainers-2026'],
    patterns: { en: [name.toLowerCase()] },
    examples: { en: { match: [`contact ${name} today`], noMatch: ['a city in Europe'] } },
  }));
  return core;
}

async function signed(name: string, list: unknown): Promise<string> {
  fs.writeFileSync(at(`${name}.json`), JSON.stringify(list));
  await cli('list', 'sign', at(`${name}.json`), '--key', at('keys/private.key'), '--out', at(`${name}.signed.json`));
  return fs.readFileSync(at(`${name}.signed.json`), 'utf8');
}

describe.skipIf(missing)('list updates in Chromium', () => {
  let feed: FeedServer;
  let site: Awaited<ReturnType<typeof serveFixtures>>;
  let browser: Awaited<ReturnType<typeof launch>>;
  const bodies: Record<string, string> = {};

  beforeAll(async () => {
    feed = await startFeedServer();
    feed.set('/core.json', { status: 404 });
    fs.mkdirSync(at('pages'));
    fs.writeFileSync(at('pages/new-name.html'), NEW_NAME_PAGE);
    fs.writeFileSync(at('pages/forged-name.html'), FORGED_NAME_PAGE);
    site = await serveFixtures(at('pages'));
    await cli('list', 'keygen', '--out', at('keys'));
    const [v2, v3, v1] = await Promise.all([
      signed('v2', coreWith(2, ['Ostrava Talent Bridge'])),
      signed('v3', coreWith(3, ['Ostrava Talent Bridge', 'Brno Talent Bridge'])),
      signed('v1', coreWith(1, [])),
    ]);
    bodies.v2 = v2;
    // Forged: a validly signed v3 with one byte changed.
    bodies.forged = v3.replace('"weight": 60', '"weight": 61');
    bodies.v1 = v1;
    // The first mirror is dead: the extension must fall back to the second.
    await run('npx', ['wxt', 'build', '-b', 'chrome'], {
      env: { ...process.env, LUREWATCH_FEED_URLS: `http://127.0.0.1:9/core.json,${feed.url('/core.json')}`, LUREWATCH_FEED_PUBLIC_KEY: at('keys/public.key'), LUREWATCH_OUT_DIR: at('build') },
    });
    browser = await launch(at('build/chrome-mv3'));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await feed?.close().catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function levelOf(name: string): Promise<string> {
    const page = await browser.context.newPage();
    await page.goto(site.url(name));
    const host = page.locator('lurewatch-banner');
    const level = await host.waitFor({ state: 'attached', timeout: 8_000 }).then(() => host.getAttribute('data-lurewatch-level'), () => 'none');
    await page.close();
    return level ?? 'none';
  }

  async function updateNow(options: Page) {
    await options.locator('[data-feed="default"] button', { hasText: 'Update now' }).click();
    await options.locator('[data-feed="default"] button', { hasText: 'Update now' }).and(options.locator(':enabled')).waitFor();
  }

  it('adopts a newer signed list and warns on text only it knows; refuses a forged and an older list; survives a dead server', async () => {
    expect(await levelOf('new-name.html')).toBe('none');

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const version = options.locator('[data-feed="default"] [data-testid="feed-version"]');
    await expect.poll(() => version.textContent()).toMatch(/version 1 \(built into the extension\)/);

    feed.set('/core.json', { body: bodies.v2!, etag: '"v2"' });
    await updateNow(options);
    await expect.poll(() => version.textContent(), { timeout: 30_000 }).toMatch(/version 2 \(downloaded\)/);
    await options.screenshot({ path: path.join(SHOTS, 'options-lists.png'), fullPage: true });
    expect(await levelOf('new-name.html')).toBe('high');

    const error = options.locator('[data-feed="default"] [data-testid="feed-error"]');
    feed.set('/core.json', { body: bodies.forged! });
    await updateNow(options);
    await expect.poll(() => error.textContent(), { timeout: 30_000 }).toMatch(/changed after it was signed/);
    await expect.poll(() => version.textContent()).toMatch(/version 2 \(downloaded\)/);
    expect(await levelOf('forged-name.html')).toBe('none');

    feed.set('/core.json', { body: bodies.v1! });
    await updateNow(options);
    await expect.poll(() => error.textContent(), { timeout: 30_000 }).toMatch(/older version/);
    await expect.poll(() => version.textContent()).toMatch(/version 2 \(downloaded\)/);

    await feed.close();
    await updateNow(options);
    await expect.poll(() => error.textContent(), { timeout: 30_000 }).toMatch(/Could not reach the server/);
    expect(await levelOf('new-name.html')).toBe('high');
    await options.close();
  }, 180_000);
});
