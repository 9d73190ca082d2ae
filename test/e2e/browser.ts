/**
 * Loads the built extension into Debian's Chromium through playwright-core, and serves fixture pages from a
 * loopback server the test starts. No network, no downloaded browser.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string | undefined {
  return CANDIDATES.find((p) => fs.existsSync(p));
}

/** In CI a missing browser or build is a failure; on a developer's machine the e2e suite is skipped with a reason. */
export function e2eSkipReason(): string | undefined {
  const missing = !chromiumPath() ? 'Debian chromium is not installed (apt-get install -y chromium)' : !fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json')) ? 'the extension is not built (npm run build)' : undefined;
  if (missing && process.env.CI) throw new Error(`e2e cannot run in CI: ${missing}`);
  return missing;
}

/** `profile`: a profile folder to reuse (kept on close), to test what survives a browser restart. */
export async function launch(extensionDir = EXTENSION_DIR, profileDir?: string): Promise<{ context: BrowserContext; worker: Worker; extensionId: string; close: () => Promise<void> }> {
  const profile = profileDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'lw-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath()!,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox',
      '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      if (!profileDir) fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function serveFixtures(dir: string): Promise<{ url: (name: string) => string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const name = path.basename(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = path.join(dir, name);
    if (!name || !fs.existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: (name) => `http://127.0.0.1:${port}/${name}`, close: () => new Promise((r) => server.close(() => r())) };
}

export const SHOTS = path.resolve('test-results/screenshots');

/** Serves a fixture file as the page at a real site's address (no network: the browser never leaves the machine). */
export async function routeFixture(context: BrowserContext, url: string, file: string): Promise<void> {
  const body = fs.readFileSync(file);
  const origin = new URL(url).origin;
  await context.route(`${origin}/**`, (route) => {
    const req = route.request();
    if (req.resourceType() === 'document') return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    return route.fulfill({ status: 404, body: '' });
  });
}

/** The verdict the background worker holds for the one open web page that reported one (as the popup asks). */
export async function waitForVerdict(context: BrowserContext, extensionId: string, timeoutMs = 20_000) {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/popup.html`);
  const answer = await ext.evaluate(async (timeout) => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> }; runtime: { sendMessage(m: unknown): Promise<{ result?: { level: string; score: number } } | undefined> }; action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome;
    for (const end = Date.now() + timeout; Date.now() < end; ) {
      for (const tab of await c.tabs.query({})) {
        if (tab.id === undefined) continue;
        const reply = await c.runtime.sendMessage({ type: 'tab-verdict', tabId: tab.id });
        if (reply?.result) return { tabId: tab.id, result: reply.result, badge: await c.action.getBadgeText({ tabId: tab.id }) };
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  }, timeoutMs);
  await ext.close();
  return answer;
}

/** Serious and critical accessibility violations axe-core finds on the page (open shadow roots included). */
export async function axeViolations(page: import('playwright-core').Page, include?: string): Promise<string[]> {
  const source = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  // Evaluated through the debugging protocol, so the page's CSP (extension pages allow no inline script) does not apply.
  await page.evaluate(source);
  const violations = await page.evaluate(async (sel) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const r = await axe.run(sel ? { include: [[sel]] } : document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${JSON.stringify(v.nodes.map((n) => n.target)).slice(0, 200)})`);
  }, include ?? null);
  return violations;
}
