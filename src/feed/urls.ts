/** Feed addresses: which are acceptable, and the host permission each needs. No dependencies: used by pages. */

/** Why a list cannot be added or changed; `code` lets the options page say it in the reader's language. */
export const FEED_INPUT_CODES = ['not-url', 'not-https', 'no-url', 'bad-key', 'duplicate', 'unknown-feed', 'not-removable'] as const;
export type FeedInputCode = (typeof FEED_INPUT_CODES)[number];
export class FeedInputError extends Error {
  constructor(message: string, readonly code: FeedInputCode) {
    super(message);
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A feed address must be https (so the download cannot be cut or replayed in transit without notice), or plain
 * http on this computer for testing and for publishers checking their own files.
 */
export function checkFeedUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new FeedInputError(`"${raw}" is not a web address`, 'not-url');
  }
  if (u.protocol === 'https:' || (u.protocol === 'http:' && LOOPBACK.has(u.hostname))) return u.href;
  throw new FeedInputError(`"${raw}" must start with https:// (plain http only works for this computer)`, 'not-https');
}

/** The host permission a feed's download needs (ports are not part of match patterns). */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
