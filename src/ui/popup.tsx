/** The toolbar popup: the verdict for the current tab, and every signal with the words it quotes. */
import type { CheckResult } from '../engine/types';

const LEVEL_TEXT = {
  high: 'Strong warning signs',
  caution: 'Some warning signs',
  low: 'No warning signs found',
} as const;

export function Popup({ result }: { result: CheckResult | null }) {
  return (
    <main style={{ font: '14px/1.45 system-ui, sans-serif', width: '340px', padding: '12px', color: '#1a1a1a' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>Lurewatch</h1>
      {result === null ? (
        <p>This page was not checked: it does not look like a job offer. Nothing left your computer.</p>
      ) : (
        <section data-level={result.level} aria-live="polite">
          <p>
            <strong>{LEVEL_TEXT[result.level]}</strong> (score {result.score}/100)
            {result.family && <> — looks like {result.family === 'job-scam' ? 'a job scam' : 'a trafficking lure'}</>}
          </p>
          {result.signals.length > 0 && (
            <ul>
              {result.signals.map((s) => (
                <li key={`${s.indicator}-${s.start}`}>
                  <q>{s.evidence}</q> <small>({s.indicator})</small>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </main>
  );
}
