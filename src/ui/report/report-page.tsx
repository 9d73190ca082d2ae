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
import { countryName } from '../../i18n/locales';
import { useUi } from '../ui-env';

const directory = directoryJson as unknown as Directory;

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
  copy: (text: string) => Promise<void>;
  download: (name: string, text: string) => void;
  open: (url: string) => void;
  now?: () => Date;
}

export function ReportPage({ ad, copy, download, open, now = () => new Date() }: ReportPageProps) {
  const { t, tag, country, help: given } = useUi();
  const help: HelpCountries = given && Object.keys(given).length ? given : directory.countries;
  const [includeUrl, setIncludeUrl] = useState(true);
  const [note, setNote] = useState('');
  const [includeNote, setIncludeNote] = useState(true);
  const [where, setWhere] = useState(country && help[country] ? country : '');
  const [done, setDone] = useState('');
  const text = useMemo(() => (ad ? buildReport(t, ad, { includeUrl, note, includeNote }, now()) : ''), [ad, includeUrl, note, includeNote, t]);
  if (!ad) return <main style={{ font: '16px/1.5 system-ui, sans-serif', padding: '1rem' }}><p>{t('rpNothing')}</p></main>;
  const copyThen = async (what: string) => {
    await copy(text);
    setDone(what);
  };
  return (
    <main style={{ font: '16px/1.5 system-ui, sans-serif', maxWidth: '48rem', margin: '0 auto', padding: '1rem', color: '#1a1a1a' }}>
      <h1 style={{ fontSize: '1.4rem' }}>{t('rpTitle')}</h1>
      <p>{t('rpIntro')}</p>
      <fieldset>
        <legend>{t('rpInclude')}</legend>
        <label style={{ display: 'block' }}><input type="checkbox" checked={includeUrl} disabled={!ad.url} onChange={(e) => setIncludeUrl(e.currentTarget.checked)} /> {ad.url ? t('rpAddress') : t('rpAddressUnknown')}</label>
        <label style={{ display: 'block' }}><input type="checkbox" checked={includeNote} onChange={(e) => setIncludeNote(e.currentTarget.checked)} /> {t('rpMyNote')}</label>
        <label for="note">{t('rpNoteLabel')}</label>
        <textarea id="note" rows={3} style={{ width: '100%', boxSizing: 'border-box', font: 'inherit' }} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </fieldset>
      <h2 style={{ fontSize: '1.1rem' }}>{t('rpReport')}</h2>
      <pre data-testid="report-text" tabIndex={0} aria-label={t('rpReport')} style={{ whiteSpace: 'pre-wrap', background: '#f4f4f4', padding: '.75rem', border: '1px solid #ccc', maxHeight: '24rem', overflow: 'auto' }}>{text}</pre>
      <h2 style={{ fontSize: '1.1rem' }}>{t('rpWhere')}</h2>
      <p>
        <button type="button" onClick={() => copyThen(t('rpCopied'))}>{t('rpCopy')}</button>{' '}
        <button type="button" onClick={() => (download(`lurewatch-report-${now().toISOString().slice(0, 10)}.txt`, text), setDone(t('rpSaved')))}>{t('rpDownload')}</button>
      </p>
      <label>
        {t('rpOrgIn')}{' '}
        <select value={where} onChange={(e) => setWhere(e.currentTarget.value)}>
          <option value="">{t('rpChooseCountry')}</option>
          {Object.keys(help).filter((c) => destinations(c, help).length).map((c) => [c, countryName(tag, c)] as const).sort((a, b) => a[1].localeCompare(b[1], tag)).map(([c, name]) => <option key={c} value={c}>{name}</option>)}
        </select>
      </label>
      {where && (
        <ul data-testid="destinations">
          {destinations(where, help).map((d) => (
            <li key={d.name}>
              <strong data-verbatim>{d.name}</strong>
              {d.phone && <> · {t('rpPhone', d.phone)}</>}{' '}
              {d.email && <button type="button" onClick={async () => { await copy(text); open(mailtoLink(d.email!, t('rpEmailSubject'), text, t('rtCut'))); setDone(t('rpEmailOpened', d.email!)); }}>{t('rpEmail')}</button>}{' '}
              {d.form && <button type="button" onClick={async () => { await copy(text); open(d.form!); setDone(t('rpFormOpened')); }}>{t('rpForm')}</button>}{' '}
              {!d.email && !d.form && d.web && <a href={d.web} target="_blank" rel="noopener noreferrer">{t('rpWebsite')}</a>}
            </li>
          ))}
        </ul>
      )}
      <p role="status" aria-live="polite" data-testid="report-status">{done}</p>
    </main>
  );
}
