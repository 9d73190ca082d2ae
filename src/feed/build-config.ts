/**
 * The default feed of a build, from the environment of `npm run build` (Node only, used by wxt.config.ts):
 *   LUREWATCH_FEED_URLS        comma-separated mirror addresses of the signed default list
 *   LUREWATCH_FEED_PUBLIC_KEY  the text of the publisher's public.key (or a path to that file)
 * Without them the build follows no feed and uses its bundled list until the extension itself is updated.
 * Mistakes stop the build: an extension that silently never updates is worse than a failed build.
 */
import fs from 'node:fs';
import { checkFeedUrl } from './urls';

export interface BuildFeed { urls: string[]; publicKey: string }

const SPKI_ED25519 = '302a300506032b6570032100';

export function feedFromEnv(env: Record<string, string | undefined>): BuildFeed | null {
  const rawUrls = env.LUREWATCH_FEED_URLS?.trim();
  let key = env.LUREWATCH_FEED_PUBLIC_KEY?.trim();
  if (!rawUrls && !key) return null;
  if (!rawUrls) throw new Error('LUREWATCH_FEED_PUBLIC_KEY is set but LUREWATCH_FEED_URLS is not');
  if (!key) throw new Error('LUREWATCH_FEED_URLS is set but LUREWATCH_FEED_PUBLIC_KEY (the public key text) is not');
  if (!key.includes('-----BEGIN') && fs.existsSync(key)) key = fs.readFileSync(key, 'utf8').trim();
  const urls = rawUrls.split(',').map((u) => u.trim()).filter(Boolean).map(checkFeedUrl);
  checkPublicKeyPem(key, 'LUREWATCH_FEED_PUBLIC_KEY');
  return { urls, publicKey: key + '\n' };
}

/** Throws unless the text holds one or more PEM Ed25519 public keys (and only those). */
export function checkPublicKeyPem(key: string, label: string): void {
  const blocks = [...key.matchAll(/-----BEGIN PUBLIC KEY-----([^-]*)-----END PUBLIC KEY-----/g)];
  if (blocks.length === 0) throw new Error(`${label} holds no "-----BEGIN PUBLIC KEY-----" block`);
  for (const b of blocks) {
    const der = Buffer.from(b[1]!.replace(/\s+/g, ''), 'base64');
    if (der.length !== 44 || der.subarray(0, 12).toString('hex') !== SPKI_ED25519) throw new Error(`${label} is not an Ed25519 public key`);
  }
}
