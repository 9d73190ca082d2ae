/**
 * The text of a report about one ad, exactly what will be shared: the user sees it before anything leaves, can
 * leave out the page address and their note, and chooses where it goes. Nothing is sent automatically.
 */
import type { CheckResult } from '../engine/types';
import type { Translator } from '../i18n/catalog';
import { explain, levelName } from '../i18n/verdict-words';

export interface ReportAd {
  text: string;
  url?: string;
  title?: string;
  seenAt?: string;
  result: CheckResult;
  explanations?: Record<string, string>;
  keys?: Record<string, string>;
  lists?: string[];
}

export interface ReportChoices { includeUrl: boolean; note: string; includeNote: boolean }

/** The report in the reader's language (`t`); the ad's words and the addresses stay exactly as they were. */
export function buildReport(t: Translator, ad: ReportAd, choices: ReportChoices, made: Date): string {
  const r = ad.result;
  const family = r.family === 'job-scam' ? t('rtFamilyScam') : r.family ? t('rtFamilyLure') : '';
  const lines = [t('rtTitle'), '', `${t('rtVerdict', levelName(t, r.level).toLocaleUpperCase(), r.score)}${family ? `, ${family}` : ''}`];
  if (choices.includeUrl && ad.url) lines.push(t('rtWhere', ad.url));
  if (ad.seenAt) lines.push(t('rtWhen', ad.seenAt));
  lines.push(`${t('rtMade', made.toISOString())}${ad.lists?.length ? ` ${t('rtLists', ad.lists.join(', '))}` : ''}`);
  if (choices.includeNote && choices.note.trim()) lines.push('', t('rtNote'), choices.note.trim());
  lines.push('', t('rtSigns'));
  const seen = new Set<string>();
  for (const s of r.signals) {
    if (seen.has(s.indicator)) continue;
    seen.add(s.indicator);
    lines.push(`- "${s.evidence.replace(/\s+/g, ' ')}": ${explain(t, s.indicator, ad.explanations, ad.keys)}`);
  }
  lines.push('', t('rtText'), ad.title ? `${ad.title}\n${ad.text}` : ad.text, '', t('rtFooter'));
  return lines.join('\n');
}

/** A mailto: link with the report as its body; mail programs cut long links, so the body is bounded. */
export function mailtoLink(to: string, subject: string, body: string, cutNote: string, max = 1800): string {
  const cut = body.length > max ? body.slice(0, max) + '\n' + cutNote : body;
  return `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(cut)}`;
}
