/** When to look for a new version of a list. Pure: the clock and the dice are arguments. */

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const MIN_INTERVAL = HOUR;
export const MAX_INTERVAL = 14 * DAY;
/** Without a list in hand (first run), check this often; publishers' expiry sets the pace after that. */
export const DEFAULT_INTERVAL = DAY;
const FIRST_RETRY = 5 * 60_000;

/**
 * After a success: before the list in use expires, clamped to [1 hour, 14 days], and spread over the last fifth of
 * that window so that a million installs do not hit a CDN in the same minute.
 */
export function nextAfterSuccess(now: number, expires: number | undefined, random: number): number {
  const window = clamp(expires === undefined ? DEFAULT_INTERVAL : expires - now, MIN_INTERVAL, MAX_INTERVAL);
  return now + Math.round(window * (0.8 + 0.2 * random));
}

/**
 * After the n-th failure in a row (n >= 1): 5 minutes, doubling, never later than the success schedule would be,
 * with jitter so that clients do not retry a struggling server in step.
 */
export function nextAfterFailure(now: number, failures: number, expires: number | undefined, random: number): number {
  const cap = clamp(expires === undefined ? DEFAULT_INTERVAL : expires - now, MIN_INTERVAL, MAX_INTERVAL);
  const backoff = Math.min(cap, FIRST_RETRY * 2 ** Math.min(Math.max(failures - 1, 0), 20));
  return now + Math.min(cap, Math.round(backoff * (0.75 + 0.5 * random)));
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
