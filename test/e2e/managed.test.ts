/**
 * An organisation's policy, as a computer lab's administrator would push it: a Chromium policy file with a
 * `3rdparty` section for the extension. Needs root (policies live in /etc/chromium); skipped elsewhere. The extension
 * is copied to its own folder first, so its id (made from its path) differs from the other e2e files' running
 * alongside, which must not see this policy.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eSkipReason, EXTENSION_DIR, launch, serveFixtures, SHOTS } from './browser';

const POLICY_DIR = '/etc/chromium/policies/managed';
const canWrite = (() => {
  try {
    fs.mkdirSync(POLICY_DIR, { recursive: true });
    fs.accessSync(POLICY_DIR, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
})();
const skip = e2eSkipReason() ?? (canWrite ? undefined : `cannot write ${POLICY_DIR} (needs root)`);

/** Chromium's id for an unpacked extension: the first 128 bits of the SHA-256 of its path, written with a-p. */
const unpackedId = (dir: string) => [...crypto.createHash('sha256').update(dir).digest('hex').slice(0, 32)].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('');

describe.skipIf(skip)('an administrator’s policy (storage.managed) in Chromium', () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lw-managed-')));
  const ext = path.join(dir, 'chrome-mv3');
  const policyFile = path.join(POLICY_DIR, `lurewatch-e2e-${process.pid}.json`);
  let browser: Awaited<ReturnType<typeof launch>>;
  let site: Awaited<ReturnType<typeof serveFixtures>>;

  beforeAll(async () => {
    fs.cpSync(EXTENSION_DIR, ext, { recursive: true });
    const policy = { organisation: 'Kisumu Job Centre', defaultLanguage: 'fr', defaultCountry: 'KE', countries: { KE: { hotline: { name: 'Job Centre desk', phone: '0800 000 000' } } } };
    fs.writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [unpackedId(ext)]: policy } } }));
    site = await serveFixtures(path.resolve('test/fixtures/pages'));
    browser = await launch(ext);
    expect(browser.extensionId).toBe(unpackedId(ext));
  }, 60_000);
  afterAll(async () => {
    fs.rmSync(policyFile, { force: true });
    await browser?.close();
    await site?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('speaks the policy’s language and names the organisation in settings', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    // The browser loads policies shortly after it starts; pages follow when they arrive.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 15_000 }).toBe('fr');
    await expect.poll(() => page.locator('[data-testid="managed"]').textContent()).toContain('Kisumu Job Centre');
    await page.close();
  });

  it('puts the organisation’s hotline in the warnings', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url('lure-posting.html'));
    const host = page.locator('lurewatch-banner');
    await host.waitFor({ state: 'attached', timeout: 20_000 });
    await expect.poll(() => host.locator('[data-testid="brand"]').textContent()).toContain('Kisumu Job Centre');
    await host.locator('summary').click();
    expect(await host.locator('[data-testid="trapped"]').textContent()).toContain('0800 000 000');
    fs.mkdirSync(SHOTS, { recursive: true });
    await host.locator('[role="alert"]').screenshot({ path: path.join(SHOTS, 'managed-banner.png') });
    await page.close();
  });
});
