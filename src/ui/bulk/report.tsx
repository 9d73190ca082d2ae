/**
 * The printable evidence report: one ad a page (the text with the evidence marked, where and when it was seen,
 * each signal with the publications behind it, the lists that scored it), for the browser's print-to-PDF.
 */
import type { CheckResult } from '../../engine/types';
import { MarkedText } from '../marked-text';
import { explain, familyText, headline, levelName } from '../../i18n/verdict-words';
import { useUi } from '../ui-env';
import { topSignals } from '../verdict-details';

export interface ReportAd { id: string; text: string; url?: string; seen?: string; result: CheckResult }

export const REPORT_CSS = `
.report-page { break-after: page; page-break-after: always; padding: 0 0 1rem; }
.report-page:last-child { break-after: auto; page-break-after: auto; }
.report-page h2 { font-size: 1.1rem; margin: 0 0 .25rem; }
.report-page dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; }
.report-page mark { background: #ffe08a; color: inherit; }
@media screen { .report-page { border-bottom: 2px dashed #999; margin-bottom: 1rem; } }
@media print { .no-print { display: none !important; } body { margin: 0; } }
`;

export function EvidenceReport({ ads, explanations, keys, sources, lists, made }: { ads: ReportAd[]; explanations: Record<string, string>; keys?: Record<string, string>; sources: Record<string, string[]>; lists: string[]; made: string }) {
  const { t } = useUi();
  return (
    <div class="report">
      {ads.map((ad) => (
        <section class="report-page" key={ad.id} aria-label={t('evAdLabel', ad.id)}>
          <h2>{t('evTitle', ad.id)}</h2>
          <dl>
            <dt>{t('evVerdict')}</dt><dd>{headline(t, ad.result)} ({levelName(t, ad.result.level)}, {t('evScore', ad.result.score)}{ad.result.family ? `, ${familyText(t, ad.result.family)}` : ''})</dd>
            <dt>{t('address')}</dt><dd style={{ overflowWrap: 'anywhere' }} dir={ad.url ? 'ltr' : undefined}>{ad.url ?? t('evAddressUnknown')}</dd>
            <dt>{t('evSeen')}</dt><dd>{ad.seen ?? t('evNotRecorded')}</dd>
            <dt>{t('evChecked')}</dt><dd>{t('evCheckedWith', made, lists.join(', '))}</dd>
          </dl>
          <h3 style={{ fontSize: '1rem' }}>{t('evSignals')}</h3>
          <ul>
            {topSignals(ad.result, 20).map((s) => (
              <li key={`${s.indicator}:${s.start}`}>
                <q>{s.evidence}</q>: {explain(t, s.indicator, explanations, keys)}
                {sources[s.indicator]?.length ? <small> {t('evSources', sources[s.indicator]!.join('; '))}</small> : null}
              </li>
            ))}
          </ul>
          <h3 style={{ fontSize: '1rem' }}>{t('evText')}</h3>
          <MarkedText text={ad.text} signals={ad.result.signals} />
        </section>
      ))}
    </div>
  );
}
