/**
 * The explanation of one verdict, shared by the banner, the inline marker, the popup and the checker page: what it
 * looks like, the words that made us worry (quoted from the text, each with a button that shows it in the page),
 * and what to do next.
 */
import type { CheckResult, Signal } from '../engine/types';
import { expectsLicence, findLicences } from '../help/licence';
import { explain } from '../i18n/verdict-words';
import { helpLine, QUESTIONS } from './advice';
import { useUi } from './ui-env';

/** Text colours for the levels, dark enough for small text on white. */
export const LEVEL_COLOR = { high: '#a4161a', caution: '#7a5600', low: '#1d6b2f' } as const;

/** One signal per indicator, strongest first: the reader needs the reasons, not every repetition. */
export function topSignals(r: CheckResult, max = 6): Signal[] {
  const seen = new Set<string>();
  return [...r.signals].sort((a, b) => b.weight - a.weight || a.start - b.start).filter((s) => !seen.has(s.indicator) && seen.add(s.indicator)).slice(0, max);
}

export const shorten = (s: string, max = 90) => (s.length > max ? s.slice(0, max - 1) + '…' : s);

export interface DetailsProps {
  result: CheckResult;
  /** Each indicator's English explanation, from its list. */
  explanations: Record<string, string>;
  /** Each indicator's message key, for the explanation in the reader's language. */
  keys?: Record<string, string>;
  /** Shows the quote in the page; absent where there is no page (popup for another tab, checker). */
  onShow?: (s: Signal) => void;
  /** The text that was scored, when at hand: licence numbers in it are named with their official check page. */
  text?: string;
}

export function VerdictDetails({ result, explanations, keys, onShow, text }: DetailsProps) {
  const ui = useUi();
  const { t } = ui;
  if (result.level === 'low') return null;
  const family = result.family ?? 'trafficking-lure';
  const hotline = helpLine(ui.brand, ui.country, ui.help);
  const partnerSite = (ui.country && ui.brand.countries[ui.country]?.website) ?? ui.brand.website;
  const licences = text ? findLicences(text).slice(0, 3) : [];
  return (
    <div class="details">
      <p class="why">{t('whyTitle', result.signals.length, result.score)}</p>
      <ul class="signals">
        {topSignals(result).map((s) => (
          <li key={`${s.indicator}:${s.start}`}>
            <q dir="auto">{shorten(s.evidence)}</q> <span class="explain">{explain(ui.t, s.indicator, explanations, keys)}</span>
            {onShow && (
              <button type="button" class="link" onClick={() => onShow(s)} aria-label={t('showInPageLabel', shorten(s.evidence, 40))}>
                {t('showInPage')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {result.mitigations.length > 0 && (
        <p class="mitigations">{t('loweredBy', result.mitigations.slice(0, 3).map((m) => `“${shorten(m.evidence, 50)}”`).join(', '))}</p>
      )}
      {licences.map((l) => (
        <p class="licence" key={`${l.start}`}>
          {t.rich('licenceNamed', <span data-verbatim>{l.authority}</span>, <q>{text!.slice(l.start, l.end)}</q>, l.verifyUrl ? <a href={l.verifyUrl} target="_blank" rel="noopener noreferrer">{t('licenceCheckOnRegister')}</a> : t('licenceCheckWithAuthority'))}
        </p>
      ))}
      {text && licences.length === 0 && family === 'trafficking-lure' && expectsLicence(ui.country) && <p class="licence">{t('licenceMissing')}</p>}
      <details class="next">
        <summary>{t('nextTitle')}</summary>
        <p>{t('nextAsk')}</p>
        <ul>{QUESTIONS[family].map((q) => <li key={q}>{t(q)}</li>)}</ul>
        <p>{t('licenceAdvice')}</p>
        <p>{family === 'trafficking-lure' ? t('adviceLure') : t('adviceScam')}</p>
        <p data-testid="trapped">
          {hotline ? t.rich('trappedCall', <strong data-verbatim>{hotline.name}</strong>, <strong dir="ltr" data-verbatim>{hotline.phone ?? hotline.whatsapp ?? hotline.web}</strong>) : t('trappedNoHotline')}
        </p>
        {ui.brand.organisation && partnerSite && (
          <p data-testid="partner-help">{t.rich('partnerHelp', <span data-verbatim>{ui.brand.organisation}</span>, <a href={partnerSite} target="_blank" rel="noopener noreferrer" data-verbatim>{partnerSite.replace(/^https:\/\//, '')}</a>)}</p>
        )}
      </details>
    </div>
  );
}

export const DETAILS_CSS = `
.details { margin: 0; }
.why { margin: 6px 0 2px; }
.signals { margin: 4px 0; padding-inline-start: 20px; }
.signals li { margin: 3px 0; }
q { font-weight: 700; }
.explain { color: #333; }
.mitigations { color: #333; font-size: 13px; }
.next summary { cursor: pointer; font-weight: 700; margin-top: 6px; }
.next ul { padding-inline-start: 20px; }
button.link { background: none; border: 0; padding: 0 2px; margin-inline-start: 4px; color: #0b4f9c; text-decoration: underline; cursor: pointer; font: inherit; }
button:focus-visible, summary:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
`;
