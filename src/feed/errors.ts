/** Why an update did not happen, in words a list user (not a developer) can act on. */
import type { OpenFailure } from './envelope';

export type FeedFailure = OpenFailure | 'http-error' | 'not-modified-without-list' | 'too-large' | 'truncated' | 'timeout' | 'network' | 'rollback' | 'expired' | 'wrong-list' | 'bad-key' | 'storage';

const WORDS: Record<FeedFailure, string> = {
  'not-json': 'The server sent something that is not a list file.',
  unsigned: 'The server sent a list without a signature, so it cannot be trusted.',
  'not-envelope': 'The server sent a file that is not a signed Lurewatch list.',
  'unknown-key': 'The list is signed by someone other than its publisher, so it was refused.',
  'bad-signature': 'The list was changed after it was signed (or the signature is broken), so it was refused.',
  'no-crypto': 'This browser cannot check list signatures; update the browser to get list updates.',
  'invalid-list': 'The publisher’s list has mistakes in it, so it was refused.',
  mismatch: 'The list does not match its own signed description, so it was refused.',
  'http-error': 'The server answered with an error.',
  'not-modified-without-list': 'The server said nothing changed, but there is no saved copy here.',
  'too-large': 'The list is larger than the size limit, so it was not downloaded.',
  truncated: 'The download was cut off before the end.',
  timeout: 'The server took too long to answer.',
  network: 'Could not reach the server (offline, or the address is wrong).',
  rollback: 'The server offered an older version than the one in use, so it was refused.',
  expired: 'The server offered a list that has already expired (check this computer’s date and time if that seems wrong).',
  'wrong-list': 'The server sent a different list from the one this subscription follows.',
  'bad-key': 'The publisher’s public key for this list is not a valid Ed25519 key.',
  storage: 'The browser could not save the new list (storage full?); the previous one stays in use.',
};

export function describeFailure(code: FeedFailure, detail?: string): string {
  return detail ? `${WORDS[code]} (${detail})` : WORDS[code];
}
