/** The background worker's list-update glue: who may manage lists, and the alarm that wakes the worker. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createChecker } from '../../src/background/checker';
import { createFeedService, FEED_ALARM } from '../../src/background/feeds';
import { signList } from '../../src/feed/envelope';
import { generateKeyPair, parsePrivateKey } from '../../src/feed/keys';
import { createFeedUpdater } from '../../src/feed/updater';
import { startFeedServer, type FeedServer } from '../helpers/feed-server';
import { tinyList } from '../helpers/lists';

const ORIGIN = 'chrome-extension://lurewatchtestid/';
const OPTIONS = { url: `${ORIGIN}options.html` };
const PAGE = { url: 'https://evil.example/page', tab: { id: 3 } };
const base = (v: number) => tinyList([{ id: 'scam.q', family: 'job-scam', weight: 60, patterns: { en: v >= 2 ? ['quelnar talent bridge', 'ostrava talent bridge'] : ['quelnar talent bridge'] } }], { id: 'test-core', version: v, published: '2026-05-01T00:00:00Z', expires: '2099-01-01T00:00:00Z' });

let server: FeedServer;
let key: Awaited<ReturnType<typeof generateKeyPair>>;
beforeAll(async () => {
  server = await startFeedServer();
  key = await generateKeyPair();
});
afterAll(() => server.close());
beforeEach(() => {
  fakeBrowser.reset();
  server.requests.length = 0;
});

function setup() {
  const checker = createChecker([base(1)]);
  const updater = createFeedUpdater({
    storage: fakeBrowser.storage.local,
    bundled: [base(1)],
    defaultFeed: { urls: [server.url('/core.json')], publicKey: key.publicPem },
    onListsChanged: (lists) => checker.setLists(lists),
  });
  checker.waitFor(updater.load().then(() => checker.setLists(updater.activeLists())));
  const service = createFeedService(updater, fakeBrowser.alarms, ORIGIN, [{ id: 'test-core', version: 1, expires: '2099-01-01T00:00:00Z' }]);
  const level = async (text: string) => {
    const r = await checker.handle(undefined, { type: 'check', input: { text } }, {});
    return r.ok && 'result' in r && r.result ? r.result.level : 'error';
  };
  return { checker, service, level };
}

describe('feed service', () => {
  it('a web page (through the content script) cannot add, remove or update lists', async () => {
    const { service } = setup();
    for (const m of [{ type: 'feed-subscribe', urls: [server.url('/x.json')], publicKey: key.publicPem }, { type: 'feed-remove', id: 'default' }, { type: 'feed-update', id: 'default' }, { type: 'feeds-status' }]) {
      expect(await service.handle(m, PAGE)).toEqual({ ok: false, error: expect.stringMatching(/own pages/) });
    }
    expect(server.requests).toHaveLength(0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('"Update now" from the options page adopts a new list, and the next check of a page uses it without a reload', async () => {
    const { service, level } = setup();
    expect(await level('Ostrava Talent Bridge is hiring for this job.')).toBe('low');
    server.set('/core.json', { body: JSON.stringify(await signList(base(2), parsePrivateKey(key.privatePem))) });
    const reply = await service.handle({ type: 'feed-update', id: 'default' }, OPTIONS);
    expect(reply).toMatchObject({ ok: true, feeds: [{ id: 'default', version: 2, using: 'downloaded' }], bundled: [{ version: 1 }] });
    expect(await level('Ostrava Talent Bridge is hiring for this job.')).toBe('high');
    // The alarm is set for the next check.
    const alarm = await fakeBrowser.alarms.get(FEED_ALARM);
    // 14 days (the clamp), less up to a fifth for jitter.
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now() + 11 * 24 * 3_600_000);
  });

  it('the alarm runs due checks and sets itself again', async () => {
    const { service } = setup();
    server.set('/core.json', { status: 500 });
    await service.reschedule();
    expect((await fakeBrowser.alarms.get(FEED_ALARM))?.scheduledTime).toBeLessThanOrEqual(Date.now());
    await service.onAlarm();
    const next = (await fakeBrowser.alarms.get(FEED_ALARM))!.scheduledTime;
    expect(next).toBeGreaterThan(Date.now() + 2 * 60_000);
    expect(server.requests).toHaveLength(1);
  });

  it('input mistakes come back as plain words with a code (for the reader’s language), not exceptions', async () => {
    const { service } = setup();
    expect(await service.handle({ type: 'feed-subscribe', urls: ['http://lists.example.org/l.json'], publicKey: key.publicPem }, OPTIONS)).toEqual({ ok: false, error: expect.stringMatching(/https/), code: 'not-https' });
    expect(await service.handle({ type: 'feed-remove', id: 'default' }, OPTIONS)).toEqual({ ok: false, error: expect.stringMatching(/cannot be removed/), code: 'not-removable' });
    expect(await service.handle({ type: 'feed-subscribe', urls: 'x' }, OPTIONS)).toEqual({ ok: false, error: 'unknown message' });
  });
});
