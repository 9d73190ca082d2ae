/**
 * A signed list: the list document in an envelope that names it (id, version, dates) and carries an Ed25519
 * signature over the list's canonical JSON. The envelope's own fields must equal the list's, so the signature
 * covers them too. Opening checks the cheap things first and the signature before the costly full validation, so
 * junk from a hostile server costs little.
 */
import { z } from 'zod';
import type { ListDocument } from '../indicators/schema';
import { validateList } from '../indicators/validate';
import { signedBytes } from './canonical-json';
import { fromBase64, KeyError, publicKeyOf, toBase64, type PublicKey } from './keys';

export const ENVELOPE_FORMAT = 'lurewatch-signed-list/1';

const Envelope = z.object({
  format: z.literal(ENVELOPE_FORMAT),
  listId: z.string(),
  version: z.number().int(),
  published: z.string(),
  expires: z.string(),
  signature: z.object({ alg: z.literal('Ed25519'), keyId: z.string().regex(/^[0-9a-f]{16}$/), value: z.string().min(1) }),
  list: z.record(z.string(), z.unknown()),
});
export type SignedList = z.infer<typeof Envelope>;

export type OpenFailure =
  | 'not-json'
  | 'unsigned'
  | 'not-envelope'
  | 'unknown-key'
  | 'bad-signature'
  | 'no-crypto'
  | 'invalid-list'
  | 'mismatch';

export type Opened =
  | { ok: true; list: ListDocument; keyId: string }
  | { ok: false; code: OpenFailure; detail: string };

const fail = (code: OpenFailure, detail: string): Opened => ({ ok: false, code, detail });

/** Checks a signed list against the trusted keys. Never throws. */
export async function openSignedList(text: string, trusted: PublicKey[]): Promise<Opened> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail('not-json', (e as Error).message);
  }
  const env = Envelope.safeParse(data);
  if (!env.success) {
    const looksLikeList = typeof data === 'object' && data !== null && 'indicators' in data && !('signature' in data);
    if (looksLikeList) return fail('unsigned', 'a bare list with no signature');
    return fail('not-envelope', env.error.issues.map((i) => `${i.path.join('.') || '(document)'}: ${i.message}`).slice(0, 5).join('; '));
  }
  const { signature, list } = env.data;
  const key = trusted.find((k) => k.id === signature.keyId);
  if (!key) return fail('unknown-key', `signed with key ${signature.keyId}, trusted: ${trusted.map((k) => k.id).join(', ') || 'none'}`);
  let valid: boolean;
  try {
    const pub = await crypto.subtle.importKey('spki', key.spki, { name: 'Ed25519' }, false, ['verify']);
    let sig: Uint8Array<ArrayBuffer>;
    try {
      sig = fromBase64(signature.value);
    } catch {
      return fail('bad-signature', 'the signature is not base64');
    }
    valid = await crypto.subtle.verify({ name: 'Ed25519' }, pub, sig, signedBytes(list));
  } catch (e) {
    return fail('no-crypto', `this browser cannot check Ed25519 signatures (${(e as Error).message})`);
  }
  if (!valid) return fail('bad-signature', 'the signature does not match the list');
  const checked = validateList(list);
  if (!checked.ok) return fail('invalid-list', checked.errors.slice(0, 5).join('; ') + (checked.errors.length > 5 ? `; and ${checked.errors.length - 5} more` : ''));
  const l = checked.list;
  const pairs: [string, unknown, unknown][] = [['listId', env.data.listId, l.id], ['version', env.data.version, l.version], ['published', env.data.published, l.published], ['expires', env.data.expires, l.expires]];
  for (const [name, outer, inner] of pairs) if (outer !== inner) return fail('mismatch', `envelope ${name} ${String(outer)} differs from the list's ${String(inner)}`);
  return { ok: true, list: l, keyId: key.id };
}

/** Signs a (validated) list with a PKCS#8 Ed25519 private key. */
export async function signList(list: ListDocument, pkcs8: Uint8Array<ArrayBuffer>): Promise<SignedList> {
  let priv: CryptoKey;
  try {
    priv = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, false, ['sign']);
  } catch (e) {
    throw new KeyError(`cannot use the private key: ${(e as Error).message}`);
  }
  const pub = await publicKeyOf(pkcs8);
  const sig = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, priv, signedBytes(list)));
  return {
    format: ENVELOPE_FORMAT,
    listId: list.id,
    version: list.version,
    published: list.published,
    expires: list.expires,
    signature: { alg: 'Ed25519', keyId: pub.id, value: toBase64(sig) },
    list: list as unknown as Record<string, unknown>,
  };
}
