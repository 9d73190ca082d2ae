/** Settings a user changes: how sensitive warnings are, sites where Lurewatch stays silent, the interface language. */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, siteOf, type Sensitivity, type Settings } from '../../settings/settings';
import { readSettings, updateSettings } from '../../settings/store';
import type { StorageArea } from '../../storage/area';

const SENSITIVITY: { value: Sensitivity; label: string; hint: string }[] = [
  { value: 'fewer', label: 'Fewer warnings', hint: 'only offers with strong signs are flagged' },
  { value: 'standard', label: 'Standard', hint: 'recommended' },
  { value: 'more', label: 'More warnings', hint: 'weaker signs are flagged too; expect more false alarms' },
];

export const LANGUAGES: { value: string; label: string }[] = [
  { value: 'auto', label: 'Same as the browser' },
  { value: 'en', label: 'English' },
];

export function GeneralSection({ storage }: { storage: StorageArea }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [site, setSite] = useState('');
  const [saved, setSaved] = useState('');

  useEffect(() => void readSettings(storage).then(setSettings), []);
  const change = async (f: (s: Settings) => Settings, what: string) => {
    setSettings(await updateSettings(storage, f));
    setSaved(`Saved: ${what}.`);
  };
  const s = settings ?? DEFAULT_SETTINGS;

  return (
    <section aria-labelledby="general-h">
      <h2 id="general-h" style={{ fontSize: '1.15rem' }}>Warnings</h2>
      <p role="status" aria-live="polite" style={{ minHeight: '1.5em', color: '#1d6b2f' }}>{saved}</p>
      <fieldset>
        <legend>How sensitive</legend>
        {SENSITIVITY.map((o) => (
          <label key={o.value} style={{ display: 'block' }}>
            <input type="radio" name="sensitivity" value={o.value} checked={s.sensitivity === o.value} onChange={() => change((x) => ({ ...x, sensitivity: o.value }), o.label)} /> {o.label}{' '}
            <small>({o.hint})</small>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Sites where Lurewatch is off</legend>
        {s.disabledSites.length === 0 ? <p>None.</p> : (
          <ul data-testid="disabled-sites">
            {s.disabledSites.map((d) => (
              <li key={d}>
                {d}{' '}
                <button type="button" onClick={() => change((x) => ({ ...x, disabledSites: x.disabledSites.filter((y) => y !== d) }), `on again for ${d}`)}>Turn on again</button>
              </li>
            ))}
          </ul>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const host = siteOf(site.trim().replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '');
            if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(host)) return setSaved('Type a site name such as example.com.');
            void change((x) => ({ ...x, disabledSites: [...x.disabledSites, host] }), `off for ${host}`);
            setSite('');
          }}
        >
          <label>Add a site: <input value={site} onInput={(e) => setSite(e.currentTarget.value)} placeholder="example.com" /></label>{' '}
          <button type="submit">Add</button>
        </form>
      </fieldset>
      <fieldset>
        <legend>Evidence</legend>
        <label>
          <input type="checkbox" checked={s.history} onChange={(e) => { const on = e.currentTarget.checked; void change((x) => ({ ...x, history: on }), on ? 'history on' : 'history off'); }} /> Keep
          a copy of each flagged ad I see (address, text, time, verdict, contacts) on this computer
        </label>
        <p><small>For NGO staff who need evidence that survives an ad being deleted. It never leaves this computer unless you export or report it; see and delete it on the “Check many ads” page (at most 500 ads, the oldest go first).</small></p>
      </fieldset>
      <fieldset>
        <legend>Language of Lurewatch</legend>
        <label>
          Language:{' '}
          <select value={s.language} onChange={(e) => { const language = e.currentTarget.value; void change((x) => ({ ...x, language }), 'language'); }}>
            {LANGUAGES.map((l) => <option key={l.value} value={l.value}>{l.label}</option>)}
          </select>
        </label>
      </fieldset>
    </section>
  );
}
