/**
 * List updates against a real HTTP server on 127.0.0.1, with the extension's storage from WXT's fakeBrowser.
 * Every case ends by asking what a user relies on: which list the engine uses, what the options page shows, and
 * that settings and history stored beside the lists are untouched.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { check } from '../../src/engine/check';
import { signList } from '../../src/feed/envelope';
import { generateKeyPair, parsePrivateKey } from '../../src/feed/keys';
import { DAY, HOUR } from '../../src/feed/schedule';
import { createFeedUpdater, KEYS, type UpdaterDeps } from '../../src/feed/updater';
import { FeedInputError } from '../../src/feed/sources';
import { compileLists } from '../../src/indicators/compile';
import type { ListDocument } from '../../src/indicators/schema';
import { startFeedServer, type FeedServer } from '../helpers/feed-server';
import { tinyList } from '../helpers/lists';

const NOW = Date.parse('2026-06-01T00:00:00Z');
const CORE_TEXT = 'Apply to Quelnar Talent Bridge for this job today.';
const NEW_TEXT = 'Contact Vordamex Staffing Group about this job.';

/** The test's "core" list at a version; from version 2 on it also knows a second recruiter name. */
function core(version: number, over: Partial<ListDocument> = {}): ListDocument {
  const inds = [{ id: 'scam.quelnar', family: 'job-scam' as const, weight: 60, patterns: { en: ['quelnar talent bridge'] } }];
  if (version >= 2) inds.push({ id: 'scam.vordamex', family: 'job-scam', weight: 60, patterns: { en: ['vordamex staffing group'] } });
  return tinyList(inds, { id: 'test-core', version, published: '2026-05-01T00:00:00Z', expires: '2026-07-01T00:00:00Z', ...over });
}

let server: FeedServer;
let publisher: { publicPem: string; privatePem: string; id: string };
let stranger: { publicPem: string; privatePem: string; id: string };
const sign = async (list: ListDocument, key = publisher) => JSON.stringify(await signList(list, parsePrivateKey(key.privatePem)));

beforeAll(async () => {
  server = await startFeedServer();
  publisher = await generateKeyPair();
  stranger = await generateKeyPair();
});
afterAll(() => server.close());

const USER_DATA = { 'settings.sensitivity': 'high', 'history.items': [{ url: 'https://example.org/ad', level: 'high' }] };

beforeEach(async () => {
  fakeBrowser.reset();
  server.requests.length = 0;
  await fakeBrowser.storage.local.set(USER_DATA);
});

function make(over: Partial<UpdaterDeps> & { urls?: string[]; clock?: { t: number } } = {}) {
  const clock = over.clock ?? { t: NOW };
  let changes = 0;
  const updater = createFeedUpdater({
    storage: fakeBrowser.storage.local,
    bundled: [core(1)],
    defaultFeed: { urls: over.urls ?? [server.url('/core.json')], publicKey: publisher.publicPem },
    now: () => clock.t,
    random: () => 0.5,
    timeoutMs: 500,
    maxBytes: 200_000,
    onListsChanged: () => changes++,
    ...over,
  });
  const level = (text: string) => check(compileLists(updater.activeLists()), { text }).level;
  const view = async () => (await updater.views()).find((v) => v.id === 'default')!;
  return { updater, level, view, changes: () => changes, clock };
}

async function expectUserDataKept() {
  expect(await fakeBrowser.storage.local.get(Object.keys(USER_DATA))).toEqual(USER_DATA);
}

/** An updater that has already adopted version 2 (the "last good list" the failure cases must keep). */
async function withVersion2() {
  server.set('/core.json', { body: await sign(core(2)), etag: '"v2"' });
  const u = make();
  await u.updater.update('default');
  expect((await u.view()).version).toBe(2);
  return u;
}

describe('feed updates', () => {
  it('first run offline: the bundled list works and the failure is recorded in plain words', async () => {
    const u = make({ urls: ['http://127.0.0.1:9/core.json'] });
    await u.updater.load();
    expect(u.level(CORE_TEXT)).toBe('high');
    const v = await u.updater.update('default');
    expect(v).toMatchObject({ using: 'bundled', version: 1, stale: false });
    expect(v.lastError?.message).toMatch(/Could not reach the server/);
    expect(v.lastSuccess).toBeUndefined();
    // Retried within minutes, not a day later.
    expect(v.nextCheck! - NOW).toBeGreaterThan(3 * 60_000);
    expect(v.nextCheck! - NOW).toBeLessThan(7 * 60_000);
    expect(u.level(CORE_TEXT)).toBe('high');
    await expectUserDataKept();
  });

  it('200: a newer signed list is adopted, used at once, and still used after a restart', async () => {
    server.set('/core.json', { body: await sign(core(2)), etag: '"v2"' });
    const u = make();
    expect(u.level(NEW_TEXT)).toBe('low');
    const v = await u.updater.update('default');
    expect(v).toMatchObject({ using: 'downloaded', version: 2, listId: 'test-core', lastSuccess: NOW });
    expect(v.lastError).toBeUndefined();
    expect(u.changes()).toBe(1);
    expect(u.level(NEW_TEXT)).toBe('high');
    // The worker restarts: the stored copy is verified again and used.
    const again = make();
    await again.updater.load();
    expect(again.level(NEW_TEXT)).toBe('high');
    expect((await again.view()).using).toBe('downloaded');
    await expectUserDataKept();
  });

  it('304: the next check sends the ETag, gets "not modified", and keeps the list', async () => {
    const u = await withVersion2();
    u.clock.t += DAY;
    const v = await u.updater.update('default');
    expect(server.requests.at(-1)).toEqual({ path: '/core.json', ifNoneMatch: '"v2"' });
    expect(v).toMatchObject({ version: 2, using: 'downloaded', lastSuccess: NOW + DAY });
    expect(u.changes()).toBe(1);
  });

  it('when a conditional request cannot get through (no host access, CORS), it asks again without the ETag', async () => {
    const u = await withVersion2();
    server.set('/core.json', { body: await sign(core(3)), etag: '"v3"', dropConditional: true });
    u.clock.t += DAY;
    const v = await u.updater.update('default');
    expect(server.requests.slice(-2)).toEqual([{ path: '/core.json', ifNoneMatch: '"v2"' }, { path: '/core.json' }]);
    expect(v).toMatchObject({ version: 3, using: 'downloaded' });
  });

  it('schedules the next check before the list expires, with jitter, within 1 hour .. 14 days', async () => {
    const u = await withVersion2();
    const v = await u.view();
    // Expires 2026-07-01, 30 days away: clamped to 14 days, spread over its last fifth (random 0.5 -> 90%).
    expect(v.nextCheck! - NOW).toBe(Math.round(14 * DAY * 0.9));
    u.clock.t = Date.parse('2026-06-30T23:30:00Z');
    const late = await u.updater.update('default');
    expect(late.nextCheck! - u.clock.t).toBe(Math.round(HOUR * 0.9));
  });

  const failures: [string, () => Promise<Parameters<FeedServer['set']>[1]>, RegExp][] = [
    ['404', async () => ({ status: 404 }), /HTTP 404/],
    ['500', async () => ({ status: 500 }), /HTTP 500/],
    ['a timeout', async () => ({ stallMs: 2000 }), /took too long/],
    ['a truncated body', async () => { const b = await sign(core(3)); return { truncate: b.slice(0, 500), declared: b.length }; }, /cut off/],
    ['a body over the size limit (announced)', async () => ({ body: await sign(core(3, { title: 'x'.repeat(300_000) })) }), /larger than the size limit/],
    ['a body over the size limit (not announced)', async () => ({ body: await sign(core(3, { title: 'x'.repeat(300_000) })), chunked: true }), /larger than the size limit/],
    ['invalid JSON', async () => ({ body: '{"format": "lurewatch-signed-list/1", ' }), /not a list file/],
    ['a bare unsigned list', async () => ({ body: JSON.stringify(core(3)) }), /without a signature/],
    ['a schema-invalid list with a good signature', async () => ({ body: await sign({ ...core(3), indicators: [{ ...core(3).indicators[0]!, weight: 999 }] }) }), /mistakes in it.*weight/],
    ['one byte changed after signing', async () => ({ body: (await sign(core(3))).replace('quelnar talent bridge', 'quelnar talent bridgE') }), /changed after it was signed/],
    ['a list signed by another key', async () => ({ body: await sign(core(3), stranger) }), /someone other than its publisher/],
    ['an older version (rollback)', async () => ({ body: await sign(core(1)) }), /older version/],
    ['an expired list', async () => ({ body: await sign(core(3, { published: '2026-01-01T00:00:00Z', expires: '2026-02-01T00:00:00Z' })) }), /already expired/],
    ['an envelope that disagrees with its list', async () => ({ body: (await sign(core(3))).replace('"version":3', '"version":4') }), /does not match its own signed description/],
  ];

  for (const [name, route, words] of failures) {
    it(`refuses ${name}: the last good list stays in use and the failure is shown`, async () => {
      const u = await withVersion2();
      server.set('/core.json', await route());
      u.clock.t += DAY;
      const v = await u.updater.update('default');
      expect(v).toMatchObject({ version: 2, using: 'downloaded', lastSuccess: NOW });
      expect(v.lastError?.message).toMatch(words);
      expect(v.lastError?.at).toBe(NOW + DAY);
      expect(u.level(NEW_TEXT)).toBe('high');
      expect(u.changes()).toBe(1);
      // Survives a restart too: the stored copy was not overwritten.
      const again = make({ clock: u.clock });
      await again.updater.load();
      expect((await again.view()).version).toBe(2);
      await expectUserDataKept();
    });
  }

  it('backs off after repeated failures, never beyond the normal schedule', async () => {
    server.set('/core.json', { status: 503 });
    const u = make();
    const delays: number[] = [];
    for (let i = 0; i < 12; i++) {
      const v = await u.updater.update('default');
      delays.push(v.nextCheck! - u.clock.t);
      u.clock.t = v.nextCheck!;
    }
    expect(delays[0]).toBe(5 * 60_000);
    expect(delays[1]).toBe(10 * 60_000);
    expect(delays[2]).toBe(20 * 60_000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(14 * DAY);
    expect(delays.every((d, i) => i === 0 || d >= delays[i - 1]!)).toBe(true);
  });

  it('tries mirrors in turn: a dead first mirror does not stop the update', async () => {
    server.set('/mirror-b.json', { body: await sign(core(2)) });
    const u = make({ urls: ['http://127.0.0.1:9/core.json', server.url('/mirror-a.json'), server.url('/mirror-b.json')] });
    const v = await u.updater.update('default');
    expect(v).toMatchObject({ version: 2, using: 'downloaded' });
    expect(server.requests.map((r) => r.path)).toEqual(['/mirror-a.json', '/mirror-b.json']);
  });

  it('a mirror offering a rollback is skipped for one offering the newer list', async () => {
    const u = await withVersion2();
    server.set('/old-mirror.json', { body: await sign(core(1)) });
    server.set('/new-mirror.json', { body: await sign(core(3)) });
    const m = make({ urls: [server.url('/old-mirror.json'), server.url('/new-mirror.json')], clock: u.clock });
    expect((await m.updater.update('default')).version).toBe(3);
  });

  it('clock skew: a list "published in the future" is fine; expiry has a day of grace; a list that expires while in use keeps working, shown as stale', async () => {
    server.set('/core.json', { body: await sign(core(2, { published: '2026-09-01T00:00:00Z', expires: '2026-12-01T00:00:00Z' })) });
    const behind = make();
    expect((await behind.updater.update('default')).version).toBe(2);

    fakeBrowser.reset();
    server.set('/core.json', { body: await sign(core(2)) });
    const ahead = make({ clock: { t: Date.parse('2026-07-01T20:00:00Z') } });
    const v = await ahead.updater.update('default');
    expect(v).toMatchObject({ version: 2, stale: true });

    ahead.clock.t = Date.parse('2026-07-09T00:00:00Z');
    server.set('/core.json', { status: 500 });
    const later = await ahead.updater.update('default');
    expect(later).toMatchObject({ version: 2, stale: true });
    expect(ahead.level(NEW_TEXT)).toBe('high');
    // Past its expiry the list is checked for hourly.
    expect(later.nextCheck! - ahead.clock.t).toBeLessThanOrEqual(HOUR);
  });

  it('an update that changes nothing (same version) is a success, not an error', async () => {
    server.set('/core.json', { body: await sign(core(1)) });
    const v = await make().updater.update('default');
    expect(v).toMatchObject({ using: 'bundled', version: 1, lastSuccess: NOW });
    expect(v.lastError).toBeUndefined();
  });

  it('a newer bundled list (extension update) wins over an older downloaded copy', async () => {
    await withVersion2();
    const u = make({ bundled: [core(3)] });
    await u.updater.load();
    expect(u.updater.activeLists()[0]!.version).toBe(3);
    expect((await u.view()).using).toBe('bundled');
  });

  it('corrupt storage: damaged entries are set aside, the bundled list is used, nothing else is touched', async () => {
    await fakeBrowser.storage.local.set({ [KEYS.list('default')]: '{"format":"lurewatch-signed-list/1",', [KEYS.status('default')]: 42, [KEYS.subscriptions]: 'nope', [KEYS.disabled]: { x: 1 } });
    const u = make();
    await u.updater.load();
    expect(u.level(CORE_TEXT)).toBe('high');
    const v = await u.view();
    expect(v).toMatchObject({ using: 'bundled', enabled: true });
    expect(v.lastError?.message).toMatch(/damaged/);
    expect(await u.updater.nextDue()).toBe(NOW);
    await expectUserDataKept();
  });

  it('a stored copy that was tampered with is not trusted after a restart', async () => {
    await withVersion2();
    const stored = (await fakeBrowser.storage.local.get(KEYS.list('default')))[KEYS.list('default')] as string;
    await fakeBrowser.storage.local.set({ [KEYS.list('default')]: stored.replace('vordamex staffing group', 'vordamex staffing grouP') });
    const u = make();
    await u.updater.load();
    expect((await u.view()).using).toBe('bundled');
    expect(u.level(NEW_TEXT)).toBe('low');
  });

  it('when the browser cannot save the new list, the old one stays and the reason is shown', async () => {
    server.set('/core.json', { body: await sign(core(2)) });
    const storage = fakeBrowser.storage.local;
    const full = { get: storage.get.bind(storage), remove: storage.remove.bind(storage), set: async (items: Record<string, unknown>) => { if (KEYS.list('default') in items) throw new Error('QUOTA_BYTES quota exceeded'); return storage.set(items); } };
    const u = make({ storage: full });
    const v = await u.updater.update('default');
    expect(v).toMatchObject({ using: 'bundled', version: 1 });
    expect(v.lastError?.message).toMatch(/could not save/);
  });

  it('concurrent "Update now" clicks share one download', async () => {
    server.set('/core.json', { body: await sign(core(2)) });
    const u = make();
    const [a, b] = await Promise.all([u.updater.update('default'), u.updater.update('default')]);
    expect(a.version).toBe(2);
    expect(b.version).toBe(2);
    expect(server.requests).toHaveLength(1);
  });

  it('an allowlist entry published in an update removes a false alarm for everyone', async () => {
    const url = 'https://careers.quelnar-genuine.example/job/1';
    const before = make();
    expect(check(compileLists(before.updater.activeLists()), { text: CORE_TEXT, url }).level).toBe('high');
    server.set('/core.json', { body: await sign(core(2, { allowlist: [{ id: 'quelnar-genuine', kind: 'host', value: 'quelnar-genuine.example', sources: ['test-source'] }] })) });
    const u = make();
    await u.updater.update('default');
    const after = check(compileLists(u.updater.activeLists()), { text: CORE_TEXT, url });
    expect(after.allowlisted).toMatchObject({ value: 'quelnar-genuine.example' });
    expect(after.level).not.toBe('high');
  });
});

describe('subscriptions', () => {
  const ngo = (version: number) => tinyList([{ id: 'ngo.kestrel', family: 'job-scam', weight: 60, patterns: { en: ['kestrel manpower'] } }], { id: 'ngo-region', version, published: '2026-05-01T00:00:00Z', expires: '2026-08-01T00:00:00Z' });
  const NGO_TEXT = 'Kestrel Manpower is hiring for this job.';

  it('adds an NGO list by address and key, merges it with the core list, and can switch it off and remove it', async () => {
    const ngoKey = await generateKeyPair();
    server.set('/ngo.json', { body: JSON.stringify(await signList(ngo(1), parsePrivateKey(ngoKey.privatePem))) });
    const u = make();
    const v = await u.updater.subscribe({ urls: [server.url('/ngo.json')], publicKey: ngoKey.publicPem, title: 'Regional NGO list' });
    expect(v).toMatchObject({ title: 'Regional NGO list', using: 'downloaded', version: 1, builtin: false, enabled: true });
    expect(u.level(NGO_TEXT)).toBe('high');
    expect(u.level(CORE_TEXT)).toBe('high');

    await u.updater.setEnabled(v.id, false);
    expect(u.level(NGO_TEXT)).toBe('low');
    // Survives a restart, switched off.
    const again = make();
    await again.updater.load();
    expect(again.level(NGO_TEXT)).toBe('low');
    expect((await again.updater.views()).find((f) => f.id === v.id)).toMatchObject({ enabled: false, version: 1 });
    await again.updater.setEnabled(v.id, true);
    expect(again.level(NGO_TEXT)).toBe('high');

    await again.updater.unsubscribe(v.id);
    expect(again.level(NGO_TEXT)).toBe('low');
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(keys.filter((k) => k.includes(v.id))).toEqual([]);
    await expectUserDataKept();
  });

  it('refuses bad input with a clear reason and saves nothing', async () => {
    const u = make();
    await expect(u.updater.subscribe({ urls: ['http://lists.example.org/x.json'], publicKey: publisher.publicPem })).rejects.toThrow(/https/);
    // Each refusal carries a code, so the options page can say it in the reader's language.
    await expect(u.updater.subscribe({ urls: ['http://lists.example.org/x.json'], publicKey: publisher.publicPem })).rejects.toMatchObject({ code: 'not-https' });
    await expect(u.updater.subscribe({ urls: [server.url('/ngo.json')], publicKey: 'hello' })).rejects.toMatchObject({ code: 'bad-key' });
    await expect(u.updater.subscribe({ urls: ['not a url'], publicKey: publisher.publicPem })).rejects.toThrow(FeedInputError);
    await expect(u.updater.subscribe({ urls: [server.url('/ngo.json')], publicKey: 'hello' })).rejects.toThrow(/BEGIN PUBLIC KEY/);
    expect((await fakeBrowser.storage.local.get(KEYS.subscriptions))[KEYS.subscriptions]).toBeUndefined();
  });

  it('a subscription cannot replace the built-in list by publishing under its name', async () => {
    const ngoKey = await generateKeyPair();
    server.set('/evil.json', { body: JSON.stringify(await signList(core(9), parsePrivateKey(ngoKey.privatePem))) });
    const u = make();
    const v = await u.updater.subscribe({ urls: [server.url('/evil.json')], publicKey: ngoKey.publicPem });
    expect(v.using).toBe('none');
    expect(v.lastError?.message).toMatch(/different list/);
    expect(u.updater.activeLists().map((l) => `${l.id}@${l.version}`)).toEqual(['test-core@1']);
  });
});

describe('lists a campaign or an administrator adds', () => {
  const partner = (version: number, id = 'partner-east-africa') => tinyList([{ id: 'partner.kestrel', family: 'job-scam', weight: 60, patterns: { en: ['kestrel manpower'] } }], { id, version, published: '2026-05-01T00:00:00Z', expires: '2026-08-01T00:00:00Z' });
  const TEXT = 'Kestrel Manpower is hiring for this job.';

  it('are followed from the first start, can be turned off, cannot be removed, and are never taken for subscriptions', async () => {
    const key = await generateKeyPair();
    server.set('/partner.json', { body: JSON.stringify(await signList(partner(1), parsePrivateKey(key.privatePem))) });
    const extraFeeds = async () => [{ id: 'campaign-1', title: 'Partner list', urls: [server.url('/partner.json')], publicKey: key.publicPem }];
    const u = make({ extraFeeds });
    await u.updater.load();
    expect(u.level(TEXT)).toBe('low');
    const v = await u.updater.update('campaign-1');
    expect(v).toMatchObject({ title: 'Partner list', using: 'downloaded', version: 1, builtin: true });
    expect(u.level(TEXT)).toBe('high');
    expect(u.level(CORE_TEXT)).toBe('high');
    await expect(u.updater.unsubscribe('campaign-1')).rejects.toThrow(/cannot be removed/);
    await u.updater.setEnabled('campaign-1', false);
    expect(u.level(TEXT)).toBe('low');
    // A restart keeps it, off; a stored subscription under the same id is ignored rather than doubled.
    await fakeBrowser.storage.local.set({ [KEYS.subscriptions]: [{ id: 'campaign-1', title: 'x', urls: ['https://x.example/l.json'], publicKey: key.publicPem, builtin: false }] });
    const again = make({ extraFeeds });
    await again.updater.load();
    expect((await again.updater.views()).filter((f) => f.id === 'campaign-1')).toHaveLength(1);
    expect(again.level(TEXT)).toBe('low');
    await expectUserDataKept();
  });

  it('cannot replace the built-in list: a partner adds lists, it never removes ours', async () => {
    const key = await generateKeyPair();
    server.set('/partner-core.json', { body: JSON.stringify(await signList(core(9, { indicators: [] }), parsePrivateKey(key.privatePem))) });
    const u = make({ extraFeeds: async () => [{ id: 'managed-1', title: 'Lab list', urls: [server.url('/partner-core.json')], publicKey: key.publicPem }] });
    const v = await u.updater.update('managed-1');
    expect(v.using).toBe('none');
    expect(v.lastError?.codes).toEqual(['wrong-list']);
    expect(u.updater.activeLists().map((l) => `${l.id}@${l.version}`)).toEqual(['test-core@1']);
    expect(u.level(CORE_TEXT)).toBe('high');
  });
});
