/** The toolbar popup: the verdict for the current tab with its reasons, and quick actions. */
import { useState } from 'preact/hooks';
import type { CheckResult } from '../engine/types';
import { DETAILS_CSS, headline, LEVEL_COLOR, VerdictDetails } from './verdict-details';

export interface PopupProps {
  result: CheckResult | null;
  explanations: Record<string, string>;
  /** The site of the tab, when known: lets the user switch Lurewatch off there. */
  site?: string;
  siteDisabled?: boolean;
  country?: string;
  onToggleSite?: (off: boolean) => Promise<void>;
  onOpenChecker?: () => void;
  onOpenOptions?: () => void;
  onOpenBulk?: () => void;
  /** Present when the page's flagged ad is known: opens the report page for it. */
  onReport?: () => void;
}

export function Popup({ result, explanations, site, siteDisabled, country, onToggleSite, onOpenChecker, onOpenOptions, onOpenBulk, onReport }: PopupProps) {
  const [off, setOff] = useState(!!siteDisabled);
  return (
    <main style={{ font: '14px/1.45 system-ui, sans-serif', width: '360px', boxSizing: 'border-box', padding: '12px', color: '#1a1a1a', overflowWrap: 'anywhere' }}>
      <style>{DETAILS_CSS + 'button.act { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #555; background: #fff; color: #1a1a1a; cursor: pointer; margin: 4px 6px 0 0; }'}</style>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>Lurewatch</h1>
      {result === null ? (
        <p>This page was not checked: it does not look like a job offer. Nothing left your computer.</p>
      ) : (
        <section data-level={result.level} aria-live="polite">
          <p style={{ margin: '0 0 4px' }}>
            <strong style={{ color: LEVEL_COLOR[result.level] }}>{headline(result)}</strong>
            {result.level === 'low' && ' on this page.'}
          </p>
          <VerdictDetails result={result} explanations={explanations} country={country} />
        </section>
      )}
      <p style={{ fontSize: '12px', color: '#444' }}>Lurewatch can be wrong. It reads pages on this computer only and never blocks anything.</p>
      <div>
        {onReport && result && result.level !== 'low' && <button type="button" class="act" onClick={onReport}>Report this ad</button>}
        {onOpenChecker && <button type="button" class="act" onClick={onOpenChecker}>Check other text</button>}
        {site && onToggleSite && (
          <button type="button" class="act" aria-pressed={off} onClick={async () => (await onToggleSite(!off), setOff(!off))}>
            {off ? `Turn on for ${site}` : `Turn off for ${site}`}
          </button>
        )}
        {onOpenBulk && <button type="button" class="act" onClick={onOpenBulk}>Check many ads</button>}
        {onOpenOptions && <button type="button" class="act" onClick={onOpenOptions}>Settings</button>}
      </div>
    </main>
  );
}
