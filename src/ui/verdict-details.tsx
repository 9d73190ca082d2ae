/**
 * The explanation of one verdict, shared by the banner, the inline marker, the popup and the checker page: what it
 * looks like, the words that made us worry (quoted from the text, each with a button that shows it in the page),
 * and what to do next.
 */
import type { CheckResult, Signal } from '../engine/types';
import { expectsLicence, findLicences } from '../help/licence';
import type { HelpCountries } from '../help/merge';
import { hotlineFor, LICENCE_CHECK, QUESTIONS } from './advice';

/** Text colours for the levels, dark enough for small text on white. */
export const LEVEL_COLOR = { high: '#a4161a', caution: '#7a5600', low: '#1d6b2f' } as const;

export const FAMILY_TEXT = { 'trafficking-lure': 'a trafficking lure (a fake job abroad)', 'job-scam': 'a job scam' } as const;

export function headline(r: CheckResult): string {
  const what = FAMILY_TEXT[r.family ?? 'trafficking-lure'];
  if (r.level === 'high') return `Strong signs of ${what}`;
  if (r.level === 'caution') return `Be careful: some signs of ${what}`;
  return 'No warning signs found';
}

/** One signal per indicator, strongest first: the reader needs the reasons, not every repetition. */
export function topSignals(r: CheckResult, max = 6): Signal[] {
  const seen = new Set<string>();
  return [...r.signals].sort((a, b) => b.weight - a.weight || a.start - b.start).filter((s) => !seen.has(s.indicator) && seen.add(s.indicator)).slice(0, max);
}

export const shorten = (s: string, max = 90) => (s.length > max ? s.slice(0, max - 1) + '…' : s);

export interface DetailsProps {
  result: CheckResult;
  explanations: Record<string, string>;
  /** Shows the quote in the page; absent where there is no page (popup for another tab, checker). */
  onShow?: (s: Signal) => void;
  country?: string;
  /** The text that was scored, when at hand: licence numbers in it are named with their official check page. */
  text?: string;
  /** The help directory in use (with list updates); the bundled one when absent. */
  help?: HelpCountries;
}

export function VerdictDetails({ result, explanations, onShow, country, text, help }: DetailsProps) {
  if (result.level === 'low') return null;
  const family = result.family ?? 'trafficking-lure';
  const hotline = hotlineFor(country, help);
  const licences = text ? findLicences(text).slice(0, 3) : [];
  return (
    <div class="details">
      <p class="why">Why Lurewatch thinks so ({result.signals.length === 1 ? '1 sign' : `${result.signals.length} signs`}, score {result.score}/100):</p>
      <ul class="signals">
        {topSignals(result).map((s) => (
          <li key={`${s.indicator}:${s.start}`}>
            <q>{shorten(s.evidence)}</q> <span class="explain">{explanations[s.indicator] ?? s.indicator}</span>
            {onShow && (
              <button type="button" class="link" onClick={() => onShow(s)} aria-label={`Show “${shorten(s.evidence, 40)}” in the page`}>
                show
              </button>
            )}
          </li>
        ))}
      </ul>
      {result.mitigations.length > 0 && (
        <p class="mitigations">Lowered by: {result.mitigations.slice(0, 3).map((m) => `“${shorten(m.evidence, 50)}”`).join(', ')}</p>
      )}
      {licences.map((l) => (
        <p class="licence" key={`${l.start}`}>
          The ad names {l.authority} licence <q>{text!.slice(l.start, l.end)}</q>. Scammers copy real numbers: check it
          {l.verifyUrl ? <> on the <a href={l.verifyUrl} target="_blank" rel="noopener noreferrer">official register</a></> : ' with the authority'}, and that the agency named is the one recruiting you.
        </p>
      ))}
      {text && licences.length === 0 && family === 'trafficking-lure' && expectsLicence(country) && (
        <p class="licence">This ad names no agency licence number; licensed agencies in your country must show one. (A weak sign on its own.)</p>
      )}
      <details class="next">
        <summary>What to do next</summary>
        <p>Ask the recruiter, and do not go on until you have clear answers:</p>
        <ul>{QUESTIONS[family].map((q) => <li key={q}>{q}</li>)}</ul>
        <p>{LICENCE_CHECK}</p>
        <p>
          {family === 'trafficking-lure'
            ? 'Never travel for work on a tourist visa, and never give your passport to a recruiter. Tell a family member where you are going.'
            : 'Do not send money, your ID or your bank details. Real employers do not charge you to work.'}
        </p>
        <p>
          If you or someone you know is already trapped:{' '}
          {hotline ? <>call the <strong>{hotline.name}</strong>: <strong>{hotline.phone}</strong>.</> : 'call your country’s anti-trafficking hotline, your embassy, or the police.'}
        </p>
      </details>
    </div>
  );
}

export const DETAILS_CSS = `
.details { margin: 0; }
.why { margin: 6px 0 2px; }
.signals { margin: 4px 0; padding-left: 20px; }
.signals li { margin: 3px 0; }
q { font-weight: 700; }
.explain { color: #333; }
.mitigations { color: #333; font-size: 13px; }
.next summary { cursor: pointer; font-weight: 700; margin-top: 6px; }
.next ul { padding-left: 20px; }
button.link { background: none; border: 0; padding: 0 2px; margin-left: 4px; color: #0b4f9c; text-decoration: underline; cursor: pointer; font: inherit; }
button:focus-visible, summary:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
`;
