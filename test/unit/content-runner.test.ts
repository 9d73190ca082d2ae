// @vitest-environment happy-dom
/**
 * The content script's second stage against pages that change under it, scored by the real background checker:
 * items are scored once, new posts and messages are picked up, navigation inside an app starts over, and the
 * eager gate lets only job pages, feeds and chats through.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createChecker } from '../../src/background/checker';
import { gate } from '../../src/content/gate';
import { KNOWN_SITE_HOSTS } from '../../src/content/known-sites';
import { createRunner } from '../../src/content/runner';
import { textKey } from '../../src/content/genuine';
import { SITE_ADAPTERS } from '../../src/extract/registry';
import { itemOf, joinElements } from '../../src/extract/text';
import type { Item, SiteAdapter } from '../../src/extract/types';
import type { Request } from '../../src/messaging/protocol';
import { BANNER_TAG, createPageUi, MARKER_TAG } from '../../src/ui/page-ui';

const LURE = 'Hiring now: customer service staff for our office in Sihanoukville, Cambodia. No experience needed, salary USD 1,800 per month, free flight and free accommodation. Come on a tourist visa, we arrange everything. Contact us only on Telegram @fastjobs_kh';
const PLAIN = 'Our bakery in Leeds is hiring a weekend sales assistant. Apply in person with your CV.';

const checker = createChecker();
beforeAll(async () => {
  await checker.handle(undefined, { type: 'check', input: { text: 'warm up' } }, {});
}, 60_000);

function setup(html: string, adapter: SiteAdapter, startUrl = 'https://feed.example/group/1') {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  let href = startUrl;
  const sent: Request[] = [];
  const send = vi.fn(async (m: Request) => {
    sent.push(m);
    return checker.handle(undefined, m, { tab: { id: 1 }, url: href });
  });
  const ui = createPageUi(doc);
  const runner = createRunner({ doc, location: () => href, send, ui, adapterFor: () => adapter, idle: (fn) => fn() });
  const checks = () => sent.filter((m) => m.type === 'check').length;
  return { doc, runner, checks, sent, go: (u: string) => (href = u) };
}

const feed: SiteAdapter = {
  id: 'test-feed', hosts: /./, mode: 'feed',
  extract: (doc) => [...doc.querySelectorAll('article')].flatMap((a) => itemOf(a, a.id, 'post') ?? []),
};

const chat: SiteAdapter = {
  id: 'test-chat', hosts: /./, mode: 'chat',
  extract: (doc) => {
    const incoming = [...doc.querySelectorAll('li.in')];
    if (!incoming.length) return [];
    const { text, parts } = joinElements(incoming);
    const item: Item = { key: `peer:${incoming.at(-1)!.id}`, kind: 'conversation', text, anchor: doc.querySelector('ol')!, parts };
    return [item];
  },
};

describe('runner', () => {
  it('marks only the risky posts of a feed, scores each post once, and picks up new posts', async () => {
    const { doc, runner, checks } = setup(`<main><article id="p1">${PLAIN}</article><article id="p2">${LURE}</article></main>`, feed);
    await runner.scan();
    expect(doc.querySelectorAll(MARKER_TAG)).toHaveLength(1);
    expect(doc.querySelector(`#p2 > ${MARKER_TAG}`)?.getAttribute('data-lurewatch-level')).toBe('high');
    expect(checks()).toBe(2);
    await runner.scan();
    expect(checks()).toBe(2);

    const post = doc.createElement('article');
    post.id = 'p3';
    post.textContent = LURE.replace('Sihanoukville, Cambodia', 'Myawaddy, Myanmar');
    doc.querySelector('main')!.append(post);
    runner.observe(doc.body);
    const more = doc.createElement('article');
    more.id = 'p4';
    more.textContent = PLAIN;
    doc.querySelector('main')!.append(more);
    await vi.waitFor(() => expect(doc.querySelector(`#p3 > ${MARKER_TAG}`)).toBeTruthy());
    await vi.waitFor(() => expect(checks()).toBe(4));
    expect(doc.querySelector(`#p4 > ${MARKER_TAG}`)).toBeNull();
    runner.stop();
  });

  it('in a chat, re-scores the conversation when the other party writes, not when we do', async () => {
    const { doc, runner, checks } = setup('<ol><li class="in" id="m1">Hello! Are you looking for a job?</li><li class="out" id="m2">Yes, what job?</li></ol>', chat);
    await runner.scan();
    expect(checks()).toBe(1);
    expect(doc.querySelector(MARKER_TAG)).toBeNull();
    runner.observe(doc.body);
    doc.querySelector('ol')!.insertAdjacentHTML('beforeend', '<li class="out" id="m3">Where is the office?</li>');
    await new Promise((r) => setTimeout(r, 20));
    expect(checks()).toBe(1);
    doc.querySelector('ol')!.insertAdjacentHTML('beforeend', `<li class="in" id="m4">${LURE}</li>`);
    await vi.waitFor(() => expect(doc.querySelector(`#m4 > ${MARKER_TAG}`)?.getAttribute('data-lurewatch-level')).toBe('high'));
    expect(checks()).toBe(2);
    runner.stop();
  });

  it('reports the page verdict for the badge and popup, and starts over after navigation inside the app', async () => {
    const posting: SiteAdapter = { id: 'test-posting', hosts: /./, mode: 'posting', extract: (doc) => [...doc.querySelectorAll('main')].flatMap((m) => itemOf(m, m.id, 'posting') ?? []) };
    const { doc, runner, sent, go } = setup(`<main id="job1">${LURE}</main>`, posting, 'https://jobs.example/1');
    await runner.scan();
    expect(doc.querySelector(`${BANNER_TAG}[data-lurewatch-level="high"]`)).toBeTruthy();
    expect(sent.filter((m) => m.type === 'page-verdict').map((m) => (m as { result: { level: string } }).result.level)).toEqual(['high']);

    doc.querySelector('main')!.id = 'job2';
    doc.querySelector('main')!.textContent = PLAIN;
    go('https://jobs.example/2');
    await runner.scan();
    expect(doc.querySelector(BANNER_TAG)).toBeNull();
    expect(sent.filter((m) => m.type === 'page-verdict').map((m) => (m as { result: { level: string } }).result.level)).toEqual(['high', 'low']);
  });

  it('reads a big feed a slice at a time, re-reads only posts that changed, and rescores a post that grew', async () => {
    const reads: string[] = [];
    const incremental: SiteAdapter = {
      ...feed,
      posts: (doc) => [...doc.querySelectorAll('article')],
      readPost: (post) => (reads.push(post.id), itemOf(post, post.id, 'post')),
    };
    const doc = document.implementation.createHTMLDocument('t');
    doc.body.innerHTML = `<main>${Array.from({ length: 30 }, (_, i) => `<article id="p${i}">${i % 10 === 3 ? LURE : PLAIN}</article>`).join('')}</main>`;
    const sent: Request[] = [];
    const runner = createRunner({
      doc, location: () => 'https://feed.example/', ui: createPageUi(doc), adapterFor: () => incremental,
      // A zero budget: one post per slice, each slice in its own timer turn.
      budgetMs: 0, idle: (fn) => void setTimeout(fn, 0),
      send: async (m) => (sent.push(m), checker.handle(undefined, m, { tab: { id: 3 } })),
    });
    await runner.scan();
    expect(reads.length).toBeLessThan(30);
    await vi.waitFor(() => expect(reads).toHaveLength(30));
    await vi.waitFor(() => expect(doc.querySelectorAll(MARKER_TAG)).toHaveLength(3));
    runner.observe(doc.body);
    reads.length = 0;
    const checks = () => sent.filter((m) => m.type === 'check').length;
    const before = checks();
    // "See more": post 5 grows into a lure; nothing else changes.
    doc.getElementById('p5')!.append(' ' + LURE);
    await vi.waitFor(() => expect(doc.querySelector(`#p5 > ${MARKER_TAG}`)).toBeTruthy());
    expect(reads).toEqual(['p5']);
    expect(checks()).toBe(before + 1);
    runner.stop();
  });

  it('an adapter that throws on odd markup costs the page nothing', async () => {
    const broken: SiteAdapter = { id: 'broken', hosts: /./, mode: 'feed', extract: () => { throw new Error('odd markup'); } };
    const { runner, checks } = setup('<p>x</p>', broken);
    await expect(runner.scan()).resolves.toBeUndefined();
    expect(checks()).toBe(0);
  });

  it('does not warn again about an ad the user called genuine', async () => {
    const doc = document.implementation.createHTMLDocument('t');
    doc.body.innerHTML = `<article id="p1">${LURE}</article>`;
    const dismissed = new Set([textKey(`  ${LURE.replace(/ /g, '  ')} `)]);
    const runner = createRunner({
      doc, location: () => 'https://x.example/', ui: createPageUi(doc), adapterFor: () => feed, idle: (fn) => fn(),
      send: (m) => checker.handle(undefined, m, { tab: { id: 2 } }),
      isDismissed: (item) => dismissed.has(textKey(item.text)),
    });
    await runner.scan();
    expect(doc.querySelector(MARKER_TAG)).toBeNull();
    expect(runner.verdict?.level).toBe('high');
  });
});

describe('generic pages', () => {
  it('a 10 MB page with a lure at the top is read within the engine limit, and checked', async () => {
    const doc = document.implementation.createHTMLDocument('Jobs');
    const filler = '<p>' + 'Company news and events from our offices around the world. '.repeat(40) + '</p>';
    doc.body.innerHTML = `<main><h1>Customer service job</h1><p>${LURE}</p>${filler.repeat(Math.ceil(10_000_000 / filler.length))}</main>`;
    expect(doc.body.textContent!.length).toBeGreaterThan(9_000_000);
    const { adapterFor } = await import('../../src/extract/registry');
    const sent: Request[] = [];
    const runner = createRunner({
      doc, location: () => 'https://small-board.example/job/1', ui: createPageUi(doc), adapterFor, idle: (fn) => fn(),
      send: async (m) => (sent.push(m), checker.handle(undefined, m, { tab: { id: 4 } })),
    });
    await runner.scan();
    const text = (sent.find((m) => m.type === 'check') as { input: { text: string } }).input.text;
    expect(text.length).toBeLessThanOrEqual(200_000);
    expect(doc.querySelector(`${BANNER_TAG}[data-lurewatch-level="high"]`)).toBeTruthy();
  }, 60_000);
});

describe('eager gate', () => {
  const page = (html: string, title = 'Page') => {
    const d = document.implementation.createHTMLDocument(title);
    d.body.innerHTML = html;
    return d;
  };

  it('stops on pages that are not about jobs, goes on for job text, job markup and known sites', () => {
    expect(gate(page('<h1>Banana bread</h1><p>Mix flour, sugar and three ripe bananas.</p>'), 'cooking.example')).toBeNull();
    expect(gate(page(`<p>${PLAIN}</p>`), 'bakery.example')).toBe('text');
    expect(gate(page('<div itemscope itemtype="https://schema.org/JobPosting"><h1>Driver</h1></div>'), 'x.example')).toBe('markup');
    expect(gate(page(''), 'web.telegram.org')).toBe('site');
    expect(gate(page(''), 'web.telegram.org.evil.example')).toBeNull();
  });

  // One host per adapter: the eager gate must know every site an adapter serves.
  const SAMPLE_HOSTS = ['www.facebook.com', 'm.facebook.com', 'www.messenger.com', 'web.telegram.org', 't.me', 'web.whatsapp.com', 'www.linkedin.com', 'mail.google.com', 'outlook.live.com', 'outlook.office.com', 'au.indeed.com', 'www.glassdoor.com', 'id.jobstreet.com', 'hk.jobsdb.com', 'www.seek.com.au', 'www.naukri.com', 'www.brightermonday.co.ke', 'www.jobberman.com', 'losangeles.craigslist.org', 'www.olx.co.id', 'www.olx.in'];

  it('knows the host of every site adapter', () => {
    for (const a of SITE_ADAPTERS) {
      const served = SAMPLE_HOSTS.filter((h) => a.hosts.test(h));
      expect(served.length, `no sample host for adapter ${a.id}`).toBeGreaterThan(0);
      for (const h of served) expect(KNOWN_SITE_HOSTS.test(h), `${h} (${a.id})`).toBe(true);
    }
  });
});

describe('adapter choice', () => {
  // Each fixture at its site's address, and the same page served from a test server: the same adapter reads both.
  const SITES: [string, string][] = [
    ['facebook-desktop-group-feed', 'https://www.facebook.com/groups/lokerluarnegeri/'],
    ['facebook-mobile-group-feed', 'https://m.facebook.com/groups/vieclamnuocngoai/'],
    ['telegram-preview-jobs-channel', 'https://t.me/s/asia_jobs_board'],
    ['telegram-webk-channel', 'https://web.telegram.org/k/#@rabota_zarubezhom'],
    ['telegram-webk-private-lure', 'https://web.telegram.org/k/#@hr_lina_recruit'],
    ['telegram-weba-private-genuine', 'https://web.telegram.org/a/#777000111'],
    ['whatsapp-lure-swahili', 'https://web.whatsapp.com/'],
    ['messenger-lure-taglish', 'https://www.messenger.com/t/100091122334455/'],
    ['linkedin-messaging-lure', 'https://www.linkedin.com/messaging/thread/2-ZmE3NzAxMjM0/'],
    ['gmail-fake-cheque', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxyz'],
    ['outlook-lure', 'https://outlook.live.com/mail/0/inbox/id/AQMk'],
    ['linkedin-view-genuine', 'https://www.linkedin.com/jobs/view/4411867124/'],
    ['indeed-viewjob-genuine', 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2'],
    ['jobstreet-view-lure', 'https://id.jobstreet.com/id/job/81234567'],
    ['naukri-lure', 'https://www.naukri.com/job-listings-customer-support-executive-abroad-123456789'],
    ['craigslist-lure', 'https://losangeles.craigslist.org/lac/ofc/d/personal-assistant/7712345678.html'],
    ['brightermonday-lure', 'https://www.brightermonday.co.ke/listings/customer-care-agent-abcd12'],
  ];
  it('a site page served from another address is read by its site adapter, found by its markup', async () => {
    const { adapterFor, siteAdapterFor } = await import('../../src/extract/registry');
    const fs = await import('node:fs');
    for (const [file, url] of SITES) {
      const doc = new DOMParser().parseFromString(fs.readFileSync(`test/fixtures/pages/sites/${file}.html`, 'utf8'), 'text/html');
      const local = new URL(`http://127.0.0.1:8080/${file}.html`);
      expect(adapterFor(local, doc).id, file).toBe(siteAdapterFor(new URL(url))!.id);
      expect(adapterFor(local, doc).extract(doc, local).length, file).toBeGreaterThan(0);
    }
    // Pages of no site of ours stay with the generic reading.
    const news = new DOMParser().parseFromString(fs.readFileSync('test/fixtures/pages/news-article.html', 'utf8'), 'text/html');
    expect(adapterFor(new URL('http://127.0.0.1:8080/news.html'), news).id).toBe('generic');
  });

  it('a job board whose markup changed still has its schema.org posting read', async () => {
    const { adapterFor } = await import('../../src/extract/registry');
    const doc = document.implementation.createHTMLDocument('Job');
    doc.body.innerHTML = `<div class="new-layout-2027"><div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">Customer service</h1><div itemprop="description">${LURE}</div></div></div>`;
    const items = adapterFor(new URL('https://www.naukri.com/job-listings-customer-service-123')).extract(doc, new URL('https://www.naukri.com/job-listings-customer-service-123'));
    expect(items).toHaveLength(1);
    expect(items[0]!.text).toContain('Sihanoukville');
  });
});
