/** Signed lists: what makes a list trusted, and that nothing else does. */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/feed/canonical-json';
import { feedFromEnv } from '../../src/feed/build-config';
import { openSignedList, signList } from '../../src/feed/envelope';
import { generateKeyPair, KeyError, parsePrivateKey, parsePublicKeys } from '../../src/feed/keys';
import { nextAfterFailure, nextAfterSuccess, DAY, HOUR } from '../../src/feed/schedule';
import { checkFeedUrl } from '../../src/feed/sources';
import { tinyList } from '../helpers/lists';

const list = tinyList([{ id: 'scam.a', patterns: { en: ['alpha offer'] } }], { version: 3 });

/** Writes the same JSON value with keys in reverse order and different spacing. */
function reshuffled(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reshuffled);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reshuffled(v)]));
  return value;
}

describe('canonical JSON', () => {
  it('is the same for the same value whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x', { d: 2, c: 1 }] })).toBe('{"a":[true,null,"x",{"c":1,"d":2}],"b":1}');
    expect(canonicalJson(reshuffled(list))).toBe(canonicalJson(list));
  });
  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(/NaN/);
  });
});

describe('signed lists', async () => {
  const pair = await generateKeyPair();
  const other = await generateKeyPair();
  const keys = await parsePublicKeys(pair.publicPem);
  const signedText = JSON.stringify(await signList(list, parsePrivateKey(pair.privatePem)));

  it('a list signed with the key opens, however the file is laid out', async () => {
    expect(await openSignedList(signedText, keys)).toMatchObject({ ok: true, keyId: pair.id, list: { id: 'test-list', version: 3 } });
    const relaid = JSON.stringify(reshuffled(JSON.parse(signedText)), null, 4);
    expect((await openSignedList(relaid, keys)).ok).toBe(true);
  });

  it('any change to the list breaks the signature', async () => {
    const env = JSON.parse(signedText);
    env.list.indicators[0].weight = 21;
    expect(await openSignedList(JSON.stringify(env), keys)).toMatchObject({ ok: false, code: 'bad-signature' });
    const env2 = JSON.parse(signedText);
    env2.list.indicators[0].patterns.en.push('beta offer');
    expect(await openSignedList(JSON.stringify(env2), keys)).toMatchObject({ ok: false, code: 'bad-signature' });
  });

  it('another key, a garbled signature, a bare list and junk are each refused with their own reason', async () => {
    expect(await openSignedList(signedText, await parsePublicKeys(other.publicPem))).toMatchObject({ ok: false, code: 'unknown-key' });
    const env = JSON.parse(signedText);
    env.signature.value = '!!!';
    expect(await openSignedList(JSON.stringify(env), keys)).toMatchObject({ ok: false, code: 'bad-signature' });
    expect(await openSignedList(JSON.stringify(list), keys)).toMatchObject({ ok: false, code: 'unsigned' });
    expect(await openSignedList('[1,2', keys)).toMatchObject({ ok: false, code: 'not-json' });
    expect(await openSignedList('{"format":"something-else"}', keys)).toMatchObject({ ok: false, code: 'not-envelope' });
  });

  it('the signature covers the envelope fields because they must equal the list', async () => {
    const env = JSON.parse(signedText);
    env.expires = '2099-01-01T00:00:00Z';
    expect(await openSignedList(JSON.stringify(env), keys)).toMatchObject({ ok: false, code: 'mismatch' });
  });

  it('several trusted keys (rotation): a list signed by either opens', async () => {
    const both = await parsePublicKeys(pair.publicPem + other.publicPem);
    expect(both.map((k) => k.id)).toEqual([pair.id, other.id]);
    const byOther = JSON.stringify(await signList(list, parsePrivateKey(other.privatePem)));
    expect((await openSignedList(byOther, both)).ok).toBe(true);
    expect((await openSignedList(signedText, both)).ok).toBe(true);
  });

  it('keys that are not Ed25519 PEM are refused with a clear error', async () => {
    // An RSA public key header (SPKI with the rsaEncryption OID) must not be taken for an Ed25519 key.
    const rsa = '-----BEGIN PUBLIC KEY-----\nMFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAL6YcQ3kMYzW5Vq6hJk1hJwQGgG0XG2Y\nJ2F7bXk8wO1cS0m0XyG7m8j0oQk2N8Zx0l9Y2YvYQk8o1xJmRk4bX0sCAwEAAQ==\n-----END PUBLIC KEY-----\n';
    await expect(parsePublicKeys(rsa)).rejects.toThrow(KeyError);
    await expect(parsePublicKeys('ssh-ed25519 AAAA')).rejects.toThrow(/BEGIN PUBLIC KEY/);
    expect(() => parsePrivateKey(pair.publicPem)).toThrow(/PRIVATE KEY/);
  });
});

describe('schedule', () => {
  const now = Date.parse('2026-06-01T00:00:00Z');
  it('checks before expiry, clamped to 1 hour .. 14 days, spread by jitter', () => {
    expect(nextAfterSuccess(now, now + 2 * DAY, 1) - now).toBe(2 * DAY);
    expect(nextAfterSuccess(now, now + 2 * DAY, 0) - now).toBe(Math.round(1.6 * DAY));
    expect(nextAfterSuccess(now, now + 100 * DAY, 1) - now).toBe(14 * DAY);
    expect(nextAfterSuccess(now, now + 60_000, 1) - now).toBe(HOUR);
    expect(nextAfterSuccess(now, now - DAY, 1) - now).toBe(HOUR);
  });
  it('backs off from 5 minutes, doubling, capped by the normal schedule', () => {
    expect([1, 2, 3, 4].map((n) => nextAfterFailure(now, n, now + 10 * DAY, 0.5) - now)).toEqual([5, 10, 20, 40].map((m) => m * 60_000));
    expect(nextAfterFailure(now, 30, now + 3 * DAY, 1) - now).toBe(3 * DAY);
  });
});

describe('feed addresses and build configuration', () => {
  it('accepts https and loopback http only', () => {
    expect(checkFeedUrl('https://lists.example.org/core.json')).toBe('https://lists.example.org/core.json');
    expect(checkFeedUrl('http://127.0.0.1:8080/core.json')).toBe('http://127.0.0.1:8080/core.json');
    expect(() => checkFeedUrl('http://lists.example.org/core.json')).toThrow(/https/);
    expect(() => checkFeedUrl('ftp://x')).toThrow();
    expect(() => checkFeedUrl('javascript:alert(1)')).toThrow();
  });

  it('reads LUREWATCH_FEED_URLS and LUREWATCH_FEED_PUBLIC_KEY, and stops the build on mistakes', async () => {
    const { publicPem } = await generateKeyPair();
    expect(feedFromEnv({})).toBeNull();
    expect(feedFromEnv({ LUREWATCH_FEED_URLS: 'https://a.example/l.json, https://b.example/l.json', LUREWATCH_FEED_PUBLIC_KEY: publicPem })).toEqual({
      urls: ['https://a.example/l.json', 'https://b.example/l.json'],
      publicKey: publicPem.trim() + '\n',
    });
    expect(() => feedFromEnv({ LUREWATCH_FEED_URLS: 'https://a.example/l.json' })).toThrow(/PUBLIC_KEY/);
    expect(() => feedFromEnv({ LUREWATCH_FEED_PUBLIC_KEY: publicPem })).toThrow(/FEED_URLS/);
    expect(() => feedFromEnv({ LUREWATCH_FEED_URLS: 'http://a.example/l.json', LUREWATCH_FEED_PUBLIC_KEY: publicPem })).toThrow(/https/);
    expect(() => feedFromEnv({ LUREWATCH_FEED_URLS: 'https://a.example/l.json', LUREWATCH_FEED_PUBLIC_KEY: 'not a key' })).toThrow(/BEGIN PUBLIC KEY/);
  });
});
