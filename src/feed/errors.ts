/** Why an update did not happen, in words a list user (not a developer) can act on. */
import en from '../../assets/public/_locales/en/messages.json';
import type { MessageKey } from '../i18n/keys';
import type { OpenFailure } from './envelope';

export type FeedFailure = OpenFailure | 'http-error' | 'not-modified-without-list' | 'too-large' | 'truncated' | 'timeout' | 'network' | 'rollback' | 'expired' | 'wrong-list' | 'bad-key' | 'storage';

export const FAILURES: readonly (FeedFailure | 'damaged')[] = [
  'not-json', 'unsigned', 'not-envelope', 'unknown-key', 'bad-signature', 'no-crypto', 'invalid-list', 'mismatch', 'http-error',
  'not-modified-without-list', 'too-large', 'truncated', 'timeout', 'network', 'rollback', 'expired', 'wrong-list', 'bad-key', 'storage', 'damaged',
];

/** "http-error" -> "feedFailHttpError" (and "duplicate" -> "feedInputDuplicate"): the message in the reader's language. */
export const failureKey = (code: string, prefix: 'feedFail' | 'feedInput' = 'feedFail') => `${prefix}${code.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase())}` as MessageKey;

/** The English account kept with the feed's status (the options page shows the reader's language by code). */
export function describeFailure(code: FeedFailure | 'damaged', detail?: string): string {
  const words = en[failureKey(code)].message;
  return detail ? `${words} (${detail})` : words;
}
