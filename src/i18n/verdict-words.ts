/**
 * How a verdict is put into words, in the reader's language: its headline, level and family, and each indicator's
 * explanation. Shared by every screen and by the report text, so they always say the same thing.
 */
import type { CheckResult, Family } from '../engine/types';
import type { Translator } from './catalog';

export const familyText = (t: Translator, f: Family | null | undefined) => (f === 'job-scam' ? t('familyScam') : t('familyLure'));
export const familyShort = (t: Translator, f: Family | null | undefined) => (!f ? '' : f === 'job-scam' ? t('familyScamShort') : t('familyLureShort'));
export const levelName = (t: Translator, l: CheckResult['level']) => (l === 'high' ? t('levelHigh') : l === 'caution' ? t('levelCaution') : t('levelLow'));

export function headline(t: Translator, r: CheckResult): string {
  if (r.level === 'high') return t('headlineHigh', familyText(t, r.family));
  if (r.level === 'caution') return t('headlineCaution', familyText(t, r.family));
  return t('headlineLow');
}

/** An indicator's explanation in the reader's language when we have it, else its list's English, else its id. */
export function explain(t: Translator, id: string, explanations?: Record<string, string>, keys?: Record<string, string>): string {
  const key = keys?.[id];
  return (key ? t.lookup(key) : undefined) ?? explanations?.[id] ?? id;
}
