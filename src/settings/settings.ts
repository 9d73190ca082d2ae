/**
 * The user's settings, stored under one key. Read by the content script on every page, so validated by hand (no
 * zod in the eager bundle); anything damaged falls back to the default for that field alone.
 */
import type { Thresholds } from '../engine/score';

export const SETTINGS_KEY = 'settings';

export type Sensitivity = 'fewer' | 'standard' | 'more';

export interface Settings {
  /** fewer: only strong cases are flagged; more: weaker combinations reach caution too. */
  sensitivity: Sensitivity;
  /** Host names where Lurewatch stays silent (and their subdomains). */
  disabledSites: string[];
  /** 'auto' follows the browser (or a campaign's default); otherwise a language tag such as "th" or "pt-BR". */
  language: string;
  /** Explain a warning in the ad's language when that differs from the interface language. */
  adLanguage: boolean;
  /** Keep evidence of flagged ads on this computer (off unless the user turns it on). */
  history: boolean;
}

export const DEFAULT_SETTINGS: Settings = { sensitivity: 'standard', disabledSites: [], language: 'auto', adLanguage: false, history: false };

export const THRESHOLDS: Record<Sensitivity, Thresholds> = {
  fewer: { caution: 45, high: 70 },
  standard: { caution: 35, high: 60 },
  more: { caution: 28, high: 50 },
};

export function parseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const sensitivity = r.sensitivity === 'fewer' || r.sensitivity === 'more' || r.sensitivity === 'standard' ? r.sensitivity : DEFAULT_SETTINGS.sensitivity;
  const disabledSites = Array.isArray(r.disabledSites) ? [...new Set(r.disabledSites.filter((h): h is string => typeof h === 'string' && /^[a-z0-9.-]{1,253}$/.test(h)))] : [];
  const language = typeof r.language === 'string' && /^(auto|[a-z]{2,3}([-_][A-Za-z]{2,4})?)$/.test(r.language) ? r.language : 'auto';
  return { sensitivity, disabledSites, language, adLanguage: r.adLanguage === true, history: r.history === true };
}

/** Is Lurewatch turned off on this host (or a parent domain the user listed)? */
export function isDisabledOn(settings: Settings, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return settings.disabledSites.some((d) => host === d || host.endsWith('.' + d));
}

/** The host name as the user would list it: no "www.". */
export function siteOf(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}
