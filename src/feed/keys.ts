/**
 * Ed25519 keys as PEM text (SPKI public, PKCS#8 private), the form OpenSSL also writes
 * (`openssl genpkey -algorithm ed25519`), so a publisher can use either tool. Verification uses the platform's
 * WebCrypto; no crypto code of our own.
 */

// An Ed25519 SPKI key is this fixed DER header followed by the 32 raw key bytes (RFC 8410).
const SPKI_PREFIX = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];
const PKCS8_PREFIX = [0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20];

export class KeyError extends Error {}

export interface PublicKey {
  /** First 16 hex digits of SHA-256 of the raw key: names the key inside a signed list. */
  id: string;
  spki: Uint8Array<ArrayBuffer>;
}

function pemBlocks(text: string, label: string): Uint8Array<ArrayBuffer>[] {
  const re = new RegExp(`-----BEGIN ${label}-----([^-]*)-----END ${label}-----`, 'g');
  const out: Uint8Array<ArrayBuffer>[] = [];
  for (const m of text.matchAll(re)) out.push(fromBase64(m[1]!.replace(/\s+/g, '')));
  return out;
}

const hasPrefix = (der: Uint8Array, prefix: number[], length: number) => der.length === length && prefix.every((b, i) => der[i] === b);

/**
 * Reads every Ed25519 public key in a text (one PEM block per key; several keys let a publisher rotate keys
 * without breaking installed extensions). Throws KeyError when there is none or one is not Ed25519.
 */
export async function parsePublicKeys(text: string): Promise<PublicKey[]> {
  const blocks = pemBlocks(text, 'PUBLIC KEY');
  if (blocks.length === 0) throw new KeyError('no "-----BEGIN PUBLIC KEY-----" block found');
  const keys: PublicKey[] = [];
  for (const der of blocks) {
    if (!hasPrefix(der, SPKI_PREFIX, 44)) throw new KeyError('the public key is not an Ed25519 key');
    keys.push({ id: await keyId(der.subarray(12)), spki: der });
  }
  return keys;
}

/** Reads a PKCS#8 Ed25519 private key; throws KeyError otherwise. */
export function parsePrivateKey(text: string): Uint8Array<ArrayBuffer> {
  const [der, more] = pemBlocks(text, 'PRIVATE KEY');
  if (!der || more) throw new KeyError('expected exactly one "-----BEGIN PRIVATE KEY-----" block');
  if (!hasPrefix(der, PKCS8_PREFIX, 48)) throw new KeyError('the private key is not an Ed25519 key');
  return der;
}

export async function keyId(raw: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', raw as Uint8Array<ArrayBuffer>));
  return [...digest.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function toPem(der: Uint8Array, label: 'PUBLIC KEY' | 'PRIVATE KEY'): string {
  const b64 = toBase64(der).replace(/.{1,64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${b64}-----END ${label}-----\n`;
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  let bin: string;
  try {
    bin = atob(b64);
  } catch {
    throw new KeyError('not valid base64');
  }
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** A new key pair as PEM texts. */
export async function generateKeyPair(): Promise<{ publicPem: string; privatePem: string; id: string }> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  return { publicPem: toPem(spki, 'PUBLIC KEY'), privatePem: toPem(pkcs8, 'PRIVATE KEY'), id: await keyId(spki.subarray(12)) };
}

/** The public half of a private key, so `sign` can name the key it signed with. */
export async function publicKeyOf(pkcs8: Uint8Array<ArrayBuffer>): Promise<PublicKey> {
  const priv = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, true, ['sign']);
  // WebCrypto has no direct "derive public"; the JWK export of an Ed25519 private key carries x, the public key.
  const jwk = await crypto.subtle.exportKey('jwk', priv);
  const raw = fromBase64(jwk.x!.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (jwk.x!.length % 4)) % 4));
  const spki = new Uint8Array([...SPKI_PREFIX, ...raw]);
  return { id: await keyId(raw), spki };
}
