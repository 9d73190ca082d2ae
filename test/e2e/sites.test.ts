/**
 * Site adapters in the real browser: fixture pages modelled on each site, served at the site's own address, with the
 * built extension. The levels the page shows must agree with the engine's verdict on the text the adapter reads
 * (computed here in Node from the same fixture), risky items in feeds and chats are marked one by one, and genuine
 * pages show nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { check } from '../../src/engine/check';
import { adapterFor } from '../../src/extract/registry';
import { coreList } from '../helpers/lists';
import { e2eSkipReason, launch, routeFixture, serveFixtures, SHOTS, waitForVerdict } from './browser';

const FIX = 'test/fixtures/pages/sites';
const skip = e2eSkipReason();

/** What the engine says about each item the adapter finds in the fixture, in page order. */
function expected(file: string, url: string) {
  const win = new Window({ url });
  win.document.write(fs.readFileSync(path.join(FIX, file), 'utf8'));
  const u = new URL(url);
  const adapter = adapterFor(u, win.document as unknown as Document);
  const items = adapter.extract(win.document as unknown as Document, u);
  const levels = items.map((i) => check(coreList(), { text: i.text, title: i.title, url: i.url ?? url }).level);
  win.close();
  // How the page shows them: one offer gets a banner, posts get markers, a conversation marks its messages.
  const shape = items.some((i) => i.kind === 'conversation') ? 'chat' : items.some((i) => i.kind === 'post') ? 'feed' : 'posting';
  return { shape, levels };
}

const CASES: { file: string; url: string }[] = [
  { file: 'facebook-desktop-group-feed.html', url: 'https://www.facebook.com/groups/lokerluarnegeri/' },
  { file: 'facebook-mobile-group-feed.html', url: 'https://m.facebook.com/groups/vieclamnuocngoai/' },
  { file: 'telegram-preview-jobs-channel.html', url: 'https://t.me/s/asia_jobs_board' },
  { file: 'telegram-webk-channel.html', url: 'https://web.telegram.org/k/#@rabota_zarubezhom' },
  { file: 'telegram-webk-private-lure.html', url: 'https://web.telegram.org/k/#@hr_lina_recruit' },
  { file: 'telegram-weba-private-genuine.html', url: 'https://web.telegram.org/a/#777000111' },
  { file: 'whatsapp-lure-swahili.html', url: 'https://web.whatsapp.com/' },
  { file: 'whatsapp-genuine-hinglish.html', url: 'https://web.whatsapp.com/' },
  { file: 'messenger-lure-taglish.html', url: 'https://www.messenger.com/t/100091122334455/' },
  { file: 'linkedin-messaging-lure.html', url: 'https://www.linkedin.com/messaging/thread/2-ZmE3NzAxMjM0/' },
  { file: 'gmail-fake-cheque.html', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxyz' },
  { file: 'outlook-genuine.html', url: 'https://outlook.live.com/mail/0/inbox/id/AQMk' },
  { file: 'linkedin-view-genuine.html', url: 'https://www.linkedin.com/jobs/view/4411867124/' },
  { file: 'indeed-search-lure.html', url: 'https://au.indeed.com/jobs?q=customer+service&vjk=54f1f8af68d722d2' },
  { file: 'jobstreet-view-lure.html', url: 'https://id.jobstreet.com/id/job/81234567' },
  { file: 'naukri-scam-fee.html', url: 'https://www.naukri.com/job-listings-data-entry-operator-work-from-home-123456789' },
  { file: 'olx-pl-genuine.html', url: 'https://www.olx.pl/d/oferta/magazynier-CID4-ID12345.html' },
  { file: 'craigslist-scam-cheque.html', url: 'https://losangeles.craigslist.org/lac/ofc/d/personal-assistant/7712345678.html' },
  { file: 'generic-jsonld-lure.html', url: 'https://careers.goldenbridge-recruit.example/jobs/cs-agent' },
];

describe.skipIf(skip)('site adapters in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
  });
  afterAll(() => browser?.close());

  async function open(file: string, url: string): Promise<Page> {
    await routeFixture(browser.context, url, path.join(FIX, file));
    const page = await browser.context.newPage();
    await page.goto(url);
    return page;
  }

  const levelsShown = (page: Page, tag: string) => page.locator(tag).evaluateAll((els) => els.map((e) => e.getAttribute('data-lurewatch-level')));

  /** Opens the page and checks that what it shows agrees with the engine on the adapter's text. */
  async function expectAgreement(page: Page, file: string, url: string) {
    const want = expected(file, url);
    expect(want.levels.length, 'the adapter finds the item(s) in the fixture').toBeGreaterThan(0);
    const verdict = await waitForVerdict(browser.context, browser.extensionId);
    expect(verdict, `${file} was scored`).not.toBeNull();
    const flagged = want.levels.filter((l) => l !== 'low');
    if (want.shape === 'posting') {
      const top = want.levels[0]!;
      if (top === 'low') {
        await page.waitForTimeout(500);
        expect(await page.locator('lurewatch-banner').count()).toBe(0);
      } else {
        await page.locator(`lurewatch-banner[data-lurewatch-level="${top}"]`).waitFor({ state: 'attached', timeout: 10_000 });
      }
      expect(await page.locator('lurewatch-marker').count()).toBe(0);
    } else if (want.shape === 'feed') {
      await expect.poll(() => levelsShown(page, 'lurewatch-marker'), { timeout: 15_000 }).toEqual(flagged);
      expect(await page.locator('lurewatch-banner').count()).toBe(0);
    } else {
      // A chat is one conversation; its markers sit on the messages holding the evidence, all at its level.
      const conv = want.levels.at(-1)!;
      if (conv === 'low') {
        await page.waitForTimeout(500);
        expect(await page.locator('lurewatch-marker').count()).toBe(0);
      } else {
        await expect.poll(async () => [...new Set(await levelsShown(page, 'lurewatch-marker'))], { timeout: 15_000 }).toEqual([conv]);
      }
    }
  }

  for (const { file, url } of CASES.filter((c) => fs.existsSync(path.join(FIX, c.file)))) {
    it(`${file} at ${new URL(url).host}: warnings agree with the engine`, async () => {
      const page = await open(file, url);
      await expectAgreement(page, file, url);
      if (file === 'facebook-desktop-group-feed.html') {
        const marker = page.locator('lurewatch-marker').first();
        await marker.locator('button').first().click();
        await marker.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(SHOTS, 'marker-feed.png') });
      }
      await page.close();
    });
  }

  // The same pages from a test server on 127.0.0.1: adapters are chosen by the page's markup, not only its host.
  const LOCAL = ['facebook-desktop-group-feed.html', 'telegram-preview-jobs-channel.html', 'telegram-webk-private-lure.html', 'telegram-weba-private-genuine.html', 'whatsapp-lure-swahili.html', 'gmail-fake-cheque.html', 'linkedin-view-genuine.html', 'jobstreet-view-lure.html'];
  it('the same pages served on 127.0.0.1 are read by their site adapters', async () => {
    const local = await serveFixtures(path.resolve(FIX));
    try {
      for (const file of LOCAL) {
        const page = await browser.context.newPage();
        await page.goto(local.url(file));
        await expectAgreement(page, file, local.url(file));
        await page.close();
      }
    } finally {
      await local.close();
    }
  }, 120_000);

  it('a chat flags the recruiter’s messages as they arrive', async () => {
    const page = await open('telegram-webk-private-lure.html', 'https://web.telegram.org/k/#@hr_lina_recruit');
    await waitForVerdict(browser.context, browser.extensionId);
    await expect.poll(() => page.locator('lurewatch-marker').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const before = await page.locator('lurewatch-marker').count();
    // A new incoming bubble, shaped like the fixture's own incoming bubbles.
    await page.evaluate(() => {
      const bubbles = document.querySelectorAll('.bubble.is-in');
      const last = bubbles[bubbles.length - 1]!;
      const next = last.cloneNode(true) as HTMLElement;
      next.querySelectorAll('lurewatch-marker').forEach((m) => m.remove());
      next.setAttribute('data-mid', String(Number(last.getAttribute('data-mid') ?? '1000') + 50));
      const text = next.querySelector('.message') ?? next;
      text.textContent = 'Last thing: bring your passport, we keep it safe for you at the company. Ticket to Bangkok is paid, then the driver takes you across to Myawaddy.';
      last.parentElement!.append(next);
    });
    await expect.poll(() => page.locator('.bubble.is-in').last().locator('lurewatch-marker').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('lurewatch-marker').count()).toBeGreaterThanOrEqual(before);
    await page.screenshot({ path: path.join(SHOTS, 'marker-chat.png') });
    await page.close();
  });
});
