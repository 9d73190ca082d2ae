/**
 * "Report this ad": shows exactly what would be shared, lets the user remove the page address and their note, and
 * offers where it goes: an organisation from the help directory (its e-mail, or its web form with the text ready
 * to paste), the clipboard, or a file. Nothing is sent by Lurewatch itself.
 */
import { useMemo, useState } from 'preact/hooks';
import directoryJson from '../../../assets/help/directory.json';
import type { HelpCountries } from '../../help/merge';
import type { Directory } from '../../help/schema';
import { buildReport, mailtoLink, type ReportAd } from '../../report/build';

const directory = directoryJson as unknown as Directory;
const NAMES: Record<string, string> = { PH: 'Philippines', ID: 'Indonesia', IN: 'India', NP: 'Nepal', LK: 'Sri Lanka', BD: 'Bangladesh', KE: 'Kenya', UG: 'Uganda', ET: 'Ethiopia', NG: 'Nigeria', VN: 'Vietnam', TH: 'Thailand', MM: 'Myanmar', KH: 'Cambodia', LA: 'Laos', CN: 'China', TW: 'Taiwan', MY: 'Malaysia', CO: 'Colombia', RU: 'Russia', US: 'United States', GB: 'United Kingdom' };

interface Destination { name: string; email?: string; form?: string; web?: string; phone?: string }

function destinations(country: string, help: HelpCountries): Destination[] {
  const c = help[country];
  if (!c) return [];
  const all: Destination[] = [
    ...c.ngos.map((n) => ({ name: n.name, email: n.email, form: n.reportForm, web: n.web, phone: n.phone })),
    ...c.hotlines.map((h) => ({ name: h.name, email: h.email, web: h.web, phone: h.phone })),
  ];
  return all.filter((d) => d.email || d.form || d.web || d.phone);
}

export interface ReportPageProps {
  ad: ReportAd | null;
  country?: string;
  copy: (text: string) => Promise<void>;
  download: (name: string, text: string) => void;
  open: (url: string) => void;
  now?: () => Date;
  /** The help directory in use (list updates included); the bundled one when absent. */
  help?: HelpCountries;
}

export function ReportPage({ ad, country, copy, download, open, now = () => new Date(), help = directory.countries }: ReportPageProps) {
  const [includeUrl, setIncludeUrl] = useState(true);
  const [note, setNote] = useState('');
  const [includeNote, setIncludeNote] = useState(true);
  const [where, setWhere] = useState(country && help[country] ? country : '');
  const [done, setDone] = useState('');
  const text = useMemo(() => (ad ? buildReport(ad, { includeUrl, note, includeNote }, now()) : ''), [ad, includeUrl, note, includeNote]);
  if (!ad) return <main style={{ font: '16px/1.5 system-ui, sans-serif', padding: '1rem' }}><p>There is no ad to report. Open this page from a warning, the popup or the bulk checker.</p></main>;
  const copyThen = async (what: string) => {
    await copy(text);
    setDone(what);
  };
  return (
    <main style={{ font: '16px/1.5 system-ui, sans-serif', maxWidth: '48rem', margin: '0 auto', padding: '1rem', color: '#1a1a1a' }}>
      <h1 style={{ fontSize: '1.4rem' }}>Report this ad</h1>
      <p>This is exactly what you would share. Lurewatch sends nothing by itself: you choose where it goes below.</p>
      <fieldset>
        <legend>What to include</legend>
        <label style={{ display: 'block' }}><input type="checkbox" checked={includeUrl} disabled={!ad.url} onChange={(e) => setIncludeUrl(e.currentTarget.checked)} /> The page address{ad.url ? '' : ' (not known)'}</label>
        <label style={{ display: 'block' }}><input type="checkbox" checked={includeNote} onChange={(e) => setIncludeNote(e.currentTarget.checked)} /> My note</label>
        <label for="note">Note (optional: how you got the ad, what happened)</label>
        <textarea id="note" rows={3} style={{ width: '100%', boxSizing: 'border-box', font: 'inherit' }} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </fieldset>
      <h2 style={{ fontSize: '1.1rem' }}>The report</h2>
      <pre data-testid="report-text" tabIndex={0} aria-label="The report" style={{ whiteSpace: 'pre-wrap', background: '#f4f4f4', padding: '.75rem', border: '1px solid #ccc', maxHeight: '24rem', overflow: 'auto' }}>{text}</pre>
      <h2 style={{ fontSize: '1.1rem' }}>Where it goes</h2>
      <p>
        <button type="button" onClick={() => copyThen('Copied. Paste it into a message or a form.')}>Copy to clipboard</button>{' '}
        <button type="button" onClick={() => (download(`lurewatch-report-${now().toISOString().slice(0, 10)}.txt`, text), setDone('Saved as a file.'))}>Download as a file</button>
      </p>
      <label>
        An organisation in:{' '}
        <select value={where} onChange={(e) => setWhere(e.currentTarget.value)}>
          <option value="">choose a country…</option>
          {Object.keys(help).filter((c) => destinations(c, help).length).sort((a, b) => (NAMES[a] ?? a).localeCompare(NAMES[b] ?? b)).map((c) => <option key={c} value={c}>{NAMES[c] ?? c}</option>)}
        </select>
      </label>
      {where && (
        <ul data-testid="destinations">
          {destinations(where, help).map((d) => (
            <li key={d.name}>
              <strong>{d.name}</strong>
              {d.phone && <> · phone {d.phone}</>}{' '}
              {d.email && <button type="button" onClick={async () => { await copy(text); open(mailtoLink(d.email!, 'Suspicious job offer (Lurewatch report)', text)); setDone(`Your e-mail program opens a message to ${d.email}; check it before you send.`); }}>E-mail the report</button>}{' '}
              {d.form && <button type="button" onClick={async () => { await copy(text); open(d.form!); setDone('Their form opens in a new tab; the report is on your clipboard, paste it there.'); }}>Open their report form</button>}{' '}
              {!d.email && !d.form && d.web && <a href={d.web} target="_blank" rel="noopener noreferrer">Their website</a>}
            </li>
          ))}
        </ul>
      )}
      <p role="status" aria-live="polite" data-testid="report-status">{done}</p>
    </main>
  );
}
