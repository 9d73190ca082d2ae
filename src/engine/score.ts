/**
 * Turns the signals found into a score, a level and a family. Signals add up per indicator (a second and third
 * quote of the same indicator add a little), reporting language and signs of a regulated process scale the
 * total down, and trafficking-lure signals count fully only when something in the text points abroad.
 */
import type { CompiledIndicator } from './compiled';
import type { Family, Level } from './types';

export interface Thresholds { caution: number; high: number }
export const DEFAULT_THRESHOLDS: Thresholds = { caution: 35, high: 60 };

/** Indicators whose presence means the job involves going somewhere: without one, lure-only signals count half. */
const ABROAD_CATEGORIES = new Set(['destination', 'route', 'visa', 'location', 'overseas', 'travel', 'benefits']);

/** The weight at least one signal must have for any warning (weak indicators weigh less). */
const MIN_WARNING_WEIGHT = 10;

/** How many points give half the scale: the curve saturates so that piling up weak signals never reaches 100. */
const HALF_SCALE = 36;

export interface Tally {
  indicator: CompiledIndicator;
  count: number;
}

export interface Verdict { score: number; level: Level; family: Family | null }

export function decide(tallies: Tally[], reportHits: number, legitHits: number, allowlisted: boolean, t: Thresholds = DEFAULT_THRESHOLDS): Verdict {
  let lureOnly = 0;
  let scamOnly = 0;
  let shared = 0;
  let abroad = false;
  for (const { indicator, count } of tallies) {
    if (indicator.family === 'context') continue;
    const pts = indicator.weight * (1 + 0.15 * Math.min(count - 1, 2));
    if (ABROAD_CATEGORIES.has(indicator.category)) abroad = true;
    if (indicator.family === 'trafficking-lure') lureOnly += pts;
    else if (indicator.family === 'job-scam') scamOnly += pts;
    else shared += pts;
  }
  // Signals common to both families (messaging-only contact, no experience, urgency) describe many genuine small
  // jobs too; they count fully only beside a signal specific to a family.
  const lure = abroad ? lureOnly + shared : (lureOnly + shared) / 2;
  const scam = scamOnly > 0 ? scamOnly + shared : shared / 2;
  // Reporting language (news, police and embassy warnings, NGO posts) quotes every red flag; a few such phrases
  // mean the text is about lures, not one.
  let factor = reportHits >= 3 ? 0.1 : reportHits === 2 ? 0.35 : reportHits === 1 ? 0.7 : 1;
  factor *= legitHits >= 3 ? 0.35 : legitHits === 2 ? 0.5 : legitHits === 1 ? 0.75 : 1;
  if (allowlisted) factor *= 0.5;
  const raw = (Math.max(lure, scam) + 0.25 * Math.min(lure, scam)) * factor;
  let score = Math.round(100 * (1 - Math.pow(2, -raw / HALF_SCALE)));
  // Weak signals (a lure-like job title, a country, urgency) are context: however many, they warn only beside a
  // stronger one. Job-board pages list many jobs and would otherwise add their weak signals up.
  const strongest = Math.max(0, ...tallies.filter((x) => x.indicator.family !== 'context').map((x) => x.indicator.weight));
  if (strongest < MIN_WARNING_WEIGHT) score = Math.min(score, t.caution - 1);
  // Three or more reporting phrases: an article or a warning. It names every red flag and must never be flagged.
  if (reportHits >= 3) score = Math.min(score, t.caution - 1);
  else if (reportHits === 2) score = Math.min(score, t.high - 1);
  const level: Level = score >= t.high ? 'high' : score >= t.caution ? 'caution' : 'low';
  const family: Family | null = level === 'low' ? null : lure >= scam ? 'trafficking-lure' : 'job-scam';
  return { score, level, family };
}
