/**
 * The welcome page, opened once after install and later from the popup ("Learn the red flags"): what Lurewatch
 * does and does not do, the red flags of overseas job lures with an example and the question to ask, how to check
 * a recruiter's licence in the reader's country, and who to call if someone is already trapped. One column, large
 * text, real headings and lists, so it works on a small screen, by keyboard and with a screen reader.
 */
import { useState } from 'preact/hooks';
import { brandMessage } from '../../campaign/brand';
import { helpLine } from '../advice';
import { countryName } from '../../i18n/locales';
import { useUi } from '../ui-env';
import localPicture from '../../../assets/illustrations/local.svg';
import helpPicture from '../../../assets/illustrations/help.svg';
import { RED_FLAGS } from './red-flags';

export interface OnboardingProps {
  onOpenChecker?: () => void;
  settingsUrl?: string;
}

export const ONBOARDING_CSS = `
body { margin: 0; background: #f6f7f9; }
.onb { font: 17px/1.55 system-ui, sans-serif; color: #1a1a1a; max-width: 44rem; margin: 0 auto; padding: 1rem; }
.onb h1 { font-size: 1.6rem; margin: .25rem 0 .5rem; line-height: 1.25; }
.onb h2 { font-size: 1.25rem; margin: 0 0 .5rem; }
.onb h3 { font-size: 1.05rem; margin: 0 0 .25rem; }
.onb section { background: #fff; border-radius: 10px; padding: 1rem 1.25rem; margin: 0 0 1rem; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
.onb .lead { display: flex; gap: 1rem; align-items: center; }
.onb .lead img { width: 96px; flex: none; }
.onb ul, .onb ol { padding-inline-start: 1.25rem; margin: 0; }
.onb li { margin: .35rem 0; }
.onb .flags { list-style: none; padding: 0; display: grid; gap: .75rem; }
.onb .flag { display: grid; grid-template-columns: 88px 1fr; gap: .75rem; align-items: start; border: 1px solid #d8dbe0; border-radius: 8px; padding: .75rem; }
.onb .flag img { width: 88px; height: auto; }
.onb .flag p { margin: .2rem 0; }
.onb .label { font-weight: 700; }
.onb .example { font-style: italic; }
.onb a { color: #0b4f9c; }
.onb .call { font-size: 1.15rem; font-weight: 700; }
.onb .skip { position: absolute; inset-inline-start: -999px; }
.onb .skip:focus { position: static; display: inline-block; margin-bottom: .5rem; }
.onb button, .onb select { font: inherit; padding: .35rem .8rem; border-radius: 6px; border: 1px solid #555; background: #fff; color: #1a1a1a; }
.onb button.main { color: #fff; border-color: transparent; font-weight: 600; }
.onb :focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
.onb .brand { display: flex; align-items: center; gap: .5rem; color: #fff; border-radius: 10px; padding: .5rem 1rem; margin-bottom: 1rem; }
.onb .brand img { height: 40px; width: auto; background: #fff; border-radius: 6px; padding: 2px; }
@media (max-width: 30rem) { .onb { font-size: 16px; padding: .5rem; } .onb .flag { grid-template-columns: 1fr; } .onb .flag img { width: 72px; } .onb .lead img { width: 64px; } }
`;

export function Onboarding({ onOpenChecker, settingsUrl }: OnboardingProps) {
  const ui = useUi();
  const { t, brand, tag } = ui;
  const help = ui.help ?? {};
  const countries = [...new Set([...Object.keys(help), ...Object.keys(brand.countries)])].map((c) => [c, countryName(tag, c)] as const).sort((a, b) => a[1].localeCompare(b[1], tag));
  const [country, setCountry] = useState(ui.country && countries.some(([c]) => c === ui.country) ? ui.country : '');
  const authority = country ? help[country]?.authority : undefined;
  const line = helpLine(brand, country || undefined, help);
  const site = (country && brand.countries[country]?.website) || brand.website;
  const message = brandMessage(brand, ui.locale);
  const color = brand.color ?? '#0b4f9c';

  return (
    <main class="onb">
      <style>{ONBOARDING_CSS}</style>
      <a class="skip" href="#flags">{t('skipToContent')}</a>
      {brand.organisation && (
        <p class="brand" data-testid="brand" style={{ background: color }}>
          {brand.logo && <img src={brand.logo} alt="" />}
          <span>{t.rich('poweredBy', <span data-verbatim>{brand.organisation}</span>)}</span>
        </p>
      )}
      <section aria-labelledby="welcome-h">
        <div class="lead">
          <img src={localPicture} alt="" />
          <div>
            <h1 id="welcome-h">{t('onbTitle')}</h1>
            <p>{t('onbIntro')}</p>
          </div>
        </div>
      </section>
      {message && brand.organisation && (
        <section aria-labelledby="message-h" data-testid="campaign-message" style={{ borderInlineStart: `6px solid ${color}` }}>
          <h2 id="message-h">{t.rich('onbMessageFrom', <span data-verbatim>{brand.organisation}</span>)}</h2>
          <p data-verbatim>{message}</p>
        </section>
      )}
      <section aria-labelledby="does-h">
        <h2 id="does-h">{t('onbDoesTitle')}</h2>
        <ul>
          <li>{t('onbDoesLocal')}</li>
          <li>{t('onbDoesNoBlock')}</li>
          <li>{t('onbDoesWrong')}</li>
        </ul>
      </section>
      <section aria-labelledby="flags-h" id="flags" tabIndex={-1}>
        <h2 id="flags-h">{t('onbFlagsTitle')}</h2>
        <ol class="flags">
          {RED_FLAGS.map((f) => (
            <li class="flag" key={f.id} data-flag={f.id}>
              <img src={f.picture} alt="" />
              <div>
                <h3>{t(f.title)}</h3>
                <p><span class="label">{t('onbExample')}</span> <span class="example">{t(f.example)}</span></p>
                <p><span class="label">{t('onbAsk')}</span> {t(f.ask)}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="licence-h">
        <h2 id="licence-h">{t('onbLicenceTitle')}</h2>
        <p>{t('onbLicenceIntro')}</p>
        <p>
          <label>
            {t('onbCountry')}{' '}
            <select value={country} onChange={(e) => setCountry(e.currentTarget.value)}>
              <option value="">—</option>
              {countries.map(([c, name]) => <option key={c} value={c}>{name}</option>)}
            </select>
          </label>
        </p>
        <p data-testid="licence">
          {authority ? (
            <>
              {t.rich('onbLicenceAt', countryName(tag, country), <span data-verbatim>{authority.name}</span>)}{' '}
              {(authority.licenceCheckUrl ?? authority.web) && <a href={authority.licenceCheckUrl ?? authority.web} target="_blank" rel="noopener noreferrer">{t('onbLicenceLink')}</a>}
            </>
          ) : t('onbLicenceNone')}
        </p>
      </section>
      <section aria-labelledby="trapped-h">
        <div class="lead">
          <img src={helpPicture} alt="" />
          <h2 id="trapped-h">{t('onbTrappedTitle')}</h2>
        </div>
        <p>{t('onbTrappedIntro')}</p>
        <p class="call" data-testid="hotline">
          {line ? t.rich('onbCall', <span data-verbatim>{line.name}</span>, line.phone ? <a href={`tel:${line.phone.replace(/[^+\d]/g, '')}`} dir="ltr">{line.phone}</a> : line.whatsapp ? <span dir="ltr">WhatsApp {line.whatsapp}</span> : <a href={line.web} dir="ltr">{line.web}</a>) : t('onbNoHotline')}
        </p>
        {site && <p><a href={site} target="_blank" rel="noopener noreferrer">{t('onbWebsite')}: <span dir="ltr">{site.replace(/^https:\/\//, '')}</span></a></p>}
      </section>
      <section aria-labelledby="try-h">
        <h2 id="try-h">{t('onbTryTitle')}</h2>
        <p>{t('onbTryText')}</p>
        <p>
          {onOpenChecker && <button type="button" class="main" style={{ background: color }} onClick={onOpenChecker}>{t('onbOpenChecker')}</button>}{' '}
          {settingsUrl && <a href={settingsUrl}>{t('onbSettings')}</a>}
        </p>
      </section>
    </main>
  );
}
