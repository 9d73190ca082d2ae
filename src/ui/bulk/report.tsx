/**
 * The printable evidence report: one ad a page (the text with the evidence marked, where and when it was seen,
 * each signal with the publications behind it, the lists that scored it), for the browser's print-to-PDF.
 */
import type { CheckResult } from '../../engine/types';
import { MarkedText } from '../marked-text';
import { FAMILY_TEXT, headline, topSignals } from '../verdict-details';

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

export function EvidenceReport({ ads, explanations, sources, lists, made }: { ads: ReportAd[]; explanations: Record<string, string>; sources: Record<string, string[]>; lists: string[]; made: string }) {
  return (
    <div class="report">
      {ads.map((ad) => (
        <section class="report-page" key={ad.id} aria-label={`Ad ${ad.id}`}>
          <h2>Lurewatch evidence report: ad {ad.id}</h2>
          <dl>
            <dt>Verdict</dt><dd>{headline(ad.result)} ({ad.result.level}, score {ad.result.score}/100{ad.result.family ? `, ${FAMILY_TEXT[ad.result.family]}` : ''})</dd>
            <dt>Address</dt><dd style={{ overflowWrap: 'anywhere' }}>{ad.url ?? 'not known (pasted or imported text)'}</dd>
            <dt>Seen</dt><dd>{ad.seen ?? 'not recorded'}</dd>
            <dt>Checked</dt><dd>{made} with {lists.join(', ')}</dd>
          </dl>
          <h3 style={{ fontSize: '1rem' }}>Signals</h3>
          <ul>
            {topSignals(ad.result, 20).map((s) => (
              <li key={`${s.indicator}:${s.start}`}>
                <q>{s.evidence}</q>: {explanations[s.indicator] ?? s.indicator}
                {sources[s.indicator]?.length ? <small> Sources: {sources[s.indicator]!.join('; ')}.</small> : null}
              </li>
            ))}
          </ul>
          <h3 style={{ fontSize: '1rem' }}>Text of the ad</h3>
          <MarkedText text={ad.text} signals={ad.result.signals} />
        </section>
      ))}
    </div>
  );
}
