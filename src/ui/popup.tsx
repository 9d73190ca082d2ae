/** The toolbar popup: the verdict for the current tab with its reasons, and quick actions. */
import { useState } from 'preact/hooks';
import type { CheckResult } from '../engine/types';
import { useUi } from './ui-env';
import { headline } from '../i18n/verdict-words';
import { DETAILS_CSS, LEVEL_COLOR, VerdictDetails } from './verdict-details';

export interface PopupProps {
  result: CheckResult | null;
  explanations: Record<string, string>;
  keys?: Record<string, string>;
  /** The site of the tab, when known: lets the user switch Lurewatch off there. */
  site?: string;
  siteDisabled?: boolean;
  onToggleSite?: (off: boolean) => Promise<void>;
  onOpenChecker?: () => void;
  onOpenOptions?: () => void;
  onOpenBulk?: () => void;
  onOpenLearn?: () => void;
  /** Present when the page's flagged ad is known: opens the report page for it. */
  onReport?: () => void;
}

export function Popup({ result, explanations, keys, site, siteDisabled, onToggleSite, onOpenChecker, onOpenOptions, onOpenBulk, onOpenLearn, onReport }: PopupProps) {
  const { t, brand } = useUi();
  const [off, setOff] = useState(!!siteDisabled);
  return (
    <main style={{ font: '14px/1.45 system-ui, sans-serif', width: '360px', boxSizing: 'border-box', padding: '12px', color: '#1a1a1a', overflowWrap: 'anywhere' }}>
      <style>{DETAILS_CSS + 'button.act { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #555; background: #fff; color: #1a1a1a; cursor: pointer; margin-block: 4px 0; margin-inline: 0 6px; } button.learn { background: ' + (brand.color ?? '#0b4f9c') + '; color: #fff; border-color: transparent; font-weight: 600; }'}</style>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px', display: 'flex', alignItems: 'center', gap: '6px' }}>
        {brand.logo && <img src={brand.logo} alt="" style={{ height: '24px', width: 'auto' }} />}
        <span data-verbatim>{brand.name}</span>
      </h1>
      {brand.organisation && <p data-testid="brand" style={{ margin: '-4px 0 8px', fontSize: '12px', color: '#444' }}>{t.rich('poweredBy', <span data-verbatim>{brand.organisation}</span>)}</p>}
      {result === null ? (
        <p>{t('popupNotChecked')}</p>
      ) : (
        <section data-level={result.level} aria-live="polite">
          <p style={{ margin: '0 0 4px' }}>
            <strong style={{ color: LEVEL_COLOR[result.level] }}>{result.level === 'low' ? t('popupLowSuffix') : headline(t, result)}</strong>
          </p>
          <VerdictDetails result={result} explanations={explanations} keys={keys} />
        </section>
      )}
      <p style={{ fontSize: '12px', color: '#444' }}>{t('popupDisclaimer')}</p>
      <div>
        {onReport && result && result.level !== 'low' && <button type="button" class="act" onClick={onReport}>{t('reportAd')}</button>}
        {onOpenLearn && <button type="button" class="act learn" onClick={onOpenLearn}>{t('popupLearn')}</button>}
        {onOpenChecker && <button type="button" class="act" onClick={onOpenChecker}>{t('popupCheckOther')}</button>}
        {site && onToggleSite && (
          <button type="button" class="act" aria-pressed={off} onClick={async () => (await onToggleSite(!off), setOff(!off))}>
            {off ? t('popupTurnOn', site) : t('popupTurnOff', site)}
          </button>
        )}
        {onOpenBulk && <button type="button" class="act" onClick={onOpenBulk}>{t('popupBulk')}</button>}
        {onOpenOptions && <button type="button" class="act" onClick={onOpenOptions}>{t('popupSettings')}</button>}
      </div>
    </main>
  );
}
