/**
 * The text of a report about one ad, exactly what will be shared: the user sees it before anything leaves, can
 * leave out the page address and their note, and chooses where it goes. Nothing is sent automatically.
 */
import type { CheckResult } from '../engine/types';

export interface ReportAd {
  text: string;
  url?: string;
  title?: string;
  seenAt?: string;
  result: CheckResult;
  explanations?: Record<string, string>;
  lists?: string[];
}

export interface ReportChoices { includeUrl: boolean; note: string; includeNote: boolean }

const FAMILY = { 'trafficking-lure': 'possible trafficking lure (fake job abroad)', 'job-scam': 'possible job scam' } as const;

export function buildReport(ad: ReportAd, choices: ReportChoices, made: Date): string {
  const r = ad.result;
  const lines = [
    'Report of a suspicious job offer',
    '',
    `Lurewatch verdict: ${r.level.toUpperCase()} (score ${r.score}/100)${r.family ? `, ${FAMILY[r.family]}` : ''}`,
  ];
  if (choices.includeUrl && ad.url) lines.push(`Where it was seen: ${ad.url}`);
  if (ad.seenAt) lines.push(`When: ${ad.seenAt}`);
  lines.push(`Report made: ${made.toISOString()}${ad.lists?.length ? ` (indicator lists ${ad.lists.join(', ')})` : ''}`);
  if (choices.includeNote && choices.note.trim()) lines.push('', 'Note from the person reporting:', choices.note.trim());
  lines.push('', 'Warning signs found (quoted from the ad):');
  const seen = new Set<string>();
  for (const s of r.signals) {
    if (seen.has(s.indicator)) continue;
    seen.add(s.indicator);
    lines.push(`- "${s.evidence.replace(/\s+/g, ' ')}": ${ad.explanations?.[s.indicator] ?? s.indicator}`);
  }
  lines.push('', 'Text of the ad:', ad.title ? `${ad.title}\n${ad.text}` : ad.text, '', 'Made with Lurewatch, which checks ads on the reporter’s own computer. Lurewatch can be wrong.');
  return lines.join('\n');
}

/** A mailto: link with the report as its body; mail programs cut long links, so the body is bounded. */
export function mailtoLink(to: string, subject: string, body: string, max = 1800): string {
  const cut = body.length > max ? body.slice(0, max) + '\n[…the full report is on your clipboard; paste it here]' : body;
  return `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(cut)}`;
}
