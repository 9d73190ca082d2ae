/** Settings a user changes: how sensitive warnings are, sites where Lurewatch stays silent, the interface language. */
import { useEffect, useState } from 'preact/hooks';
import { endonym, LOCALES, matchLocale } from '../../i18n/locales';
import type { MessageKey } from '../../i18n/keys';
import { DEFAULT_SETTINGS, siteOf, type Sensitivity, type Settings } from '../../settings/settings';
import { readSettings, updateSettings } from '../../settings/store';
import type { StorageArea } from '../../storage/area';
import { HISTORY_CAP } from '../../history/store';
import { useUi } from '../ui-env';

const SENSITIVITY: { value: Sensitivity; label: MessageKey; hint: MessageKey }[] = [
  { value: 'fewer', label: 'sensFewer', hint: 'sensFewerHint' },
  { value: 'standard', label: 'sensStandard', hint: 'sensStandardHint' },
  { value: 'more', label: 'sensMore', hint: 'sensMoreHint' },
];

export function GeneralSection({ storage, browserLanguage }: { storage: StorageArea; browserLanguage: string }) {
  const { t, brand } = useUi();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [site, setSite] = useState('');
  const [saved, setSaved] = useState('');

  useEffect(() => void readSettings(storage).then(setSettings), []);
  const change = async (f: (s: Settings) => Settings, what: string) => {
    setSettings(await updateSettings(storage, f));
    setSaved(t('savedWhat', what));
  };
  const s = settings ?? DEFAULT_SETTINGS;
  const auto = matchLocale(brand.defaultLanguage) ?? matchLocale(browserLanguage) ?? 'en';

  return (
    <section aria-labelledby="general-h">
      <h2 id="general-h" style={{ fontSize: '1.15rem' }}>{t('warningsTitle')}</h2>
      <p role="status" aria-live="polite" style={{ minHeight: '1.5em', color: '#1d6b2f' }}>{saved}</p>
      {brand.managed && <p data-testid="managed">{t.rich('managedNote', <span data-verbatim>{brand.organisation ?? ''}</span>)}</p>}
      <fieldset>
        <legend>{t('languageLegend')}</legend>
        <label>
          {t('languageLabel')}{' '}
          <select name="language" value={s.language === 'auto' ? 'auto' : (LOCALES.find((l) => l.dir === matchLocale(s.language))?.tag ?? 'auto')} onChange={(e) => { const language = e.currentTarget.value; void change((x) => ({ ...x, language }), t('languageSaved')); }}>
            <option value="auto">{t('languageAuto', endonym(LOCALES.find((l) => l.dir === auto)!.tag))}</option>
            {LOCALES.map((l) => <option key={l.dir} value={l.tag} lang={l.tag}>{endonym(l.tag)}</option>)}
          </select>
        </label>
        <label style={{ display: 'block', marginTop: '0.5rem' }}>
          <input type="checkbox" name="adLanguage" checked={s.adLanguage} onChange={(e) => { const on = e.currentTarget.checked; void change((x) => ({ ...x, adLanguage: on }), on ? t('adLanguageOn') : t('adLanguageOff')); }} /> {t('adLanguageToggle')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('sensitivityLegend')}</legend>
        {SENSITIVITY.map((o) => (
          <label key={o.value} style={{ display: 'block' }}>
            <input type="radio" name="sensitivity" value={o.value} checked={s.sensitivity === o.value} onChange={() => change((x) => ({ ...x, sensitivity: o.value }), t(o.label))} /> {t(o.label)}{' '}
            <small>({t(o.hint)})</small>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('sitesOffLegend')}</legend>
        {s.disabledSites.length === 0 ? <p>{t('none')}</p> : (
          <ul data-testid="disabled-sites">
            {s.disabledSites.map((d) => (
              <li key={d}>
                <span dir="ltr">{d}</span>{' '}
                <button type="button" onClick={() => change((x) => ({ ...x, disabledSites: x.disabledSites.filter((y) => y !== d) }), t('savedOnFor', d))}>{t('turnOnAgain')}</button>
              </li>
            ))}
          </ul>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const host = siteOf(site.trim().replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '');
            if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(host)) return setSaved(t('siteInvalid'));
            void change((x) => ({ ...x, disabledSites: [...x.disabledSites, host] }), t('savedOffFor', host));
            setSite('');
          }}
        >
          <label>{t('addSite')} <input value={site} dir="ltr" onInput={(e) => setSite(e.currentTarget.value)} placeholder="example.com" /></label>{' '}
          <button type="submit">{t('add')}</button>
        </form>
      </fieldset>
      <fieldset>
        <legend>{t('evidenceLegend')}</legend>
        <label>
          <input type="checkbox" name="history" checked={s.history} onChange={(e) => { const on = e.currentTarget.checked; void change((x) => ({ ...x, history: on }), on ? t('historyOn') : t('historyOff')); }} /> {t('historyToggle')}
        </label>
        <p><small>{t('historyHelp', HISTORY_CAP)}</small></p>
      </fieldset>
    </section>
  );
}
