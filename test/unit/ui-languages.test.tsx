// @vitest-environment happy-dom
/**
 * Every surface speaks the chosen language: each page, the popup and the warning are rendered in every interface
 * language, and no message key leaks out (a missing message) and, in languages not written in Latin letters, no
 * run of English words is left (a string someone forgot to move into the catalogs). Names, numbers, addresses and
 * the ad's own words are shown as written: those elements carry `data-verbatim` (or are <q> quotes).
 */
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/engine/types';
import { bundledHelp } from '../../src/help/merge';
import { LOCALES, type LocaleDir } from '../../src/i18n/locales';
import { BulkPage } from '../../src/ui/bulk/bulk-page';
import { Checker } from '../../src/ui/checker';
import { Onboarding } from '../../src/ui/onboarding/onboarding';
import { Options } from '../../src/ui/options/options';
import { createPageUi } from '../../src/ui/page-ui';
import { Popup } from '../../src/ui/popup';
import { ReportPage } from '../../src/ui/report/report-page';
import { UiContext, type UiEnv } from '../../src/ui/ui-env';
import { uiEnv } from '../helpers/ui';
import { englishRuns, keyLeaks, visibleWords } from '../helpers/visible-text';

const result: CheckResult = {
  score: 84, level: 'high', family: 'trafficking-lure', lang: 'en', mitigations: [],
  signals: [
    { indicator: 'visa.tourist-for-work', category: 'visa', weight: 30, evidence: 'tourist visa', start: 20, end: 32 },
    { indicator: 'destination.country', category: 'destination', weight: 20, evidence: 'Cambodia', start: 7, end: 15 },
  ],
};
const AD = 'Job in Cambodia on a tourist visa, POEA License No. 123-LB-042120-R. Telegram @hr_kh';
const explanations = { 'visa.tourist-for-work': 'You would travel on a tourist visa.', 'destination.country': 'The job is abroad.' };
const keys = { 'visa.tourist-for-work': 'ind_visa_tourist_for_work', 'destination.country': 'ind_destination_country' };
const feed = { id: 'default', title: 'Lurewatch indicators', urls: ['https://lists.example/core.json'], builtin: true, enabled: true, using: 'downloaded' as const, version: 3, published: '2026-11-01T00:00:00Z', expires: '2026-12-01T00:00:00Z', stale: true, lastCheck: 1, lastSuccess: 1, nextCheck: 2, lastError: { message: 'timeout [https://lists.example]', at: 2, codes: ['timeout'] } };
const storage = { get: async () => ({}), set: async () => {}, remove: async () => {} };

async function screens(ui: UiEnv): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  const show = async (name: string, vnode: VNode) => {
    const el = document.createElement('div');
    document.body.append(el);
    await act(async () => render(<UiContext.Provider value={ui}>{vnode}</UiContext.Provider>, el));
    await act(() => new Promise((r) => setTimeout(r, 5)));
    el.querySelectorAll('details').forEach((d) => (d.open = true));
    out[name] = visibleWords(el);
    render(null, el);
    el.remove();
  };
  await show('popup', <Popup result={result} explanations={explanations} keys={keys} site="example.com" onToggleSite={async () => {}} onOpenChecker={() => {}} onOpenOptions={() => {}} onOpenBulk={() => {}} onOpenLearn={() => {}} onReport={() => {}} />);
  await show('popup, page not checked', <Popup result={null} explanations={{}} />);
  await show('onboarding', <Onboarding onOpenChecker={() => {}} settingsUrl="options.html" />);
  await show('options', <Options send={async () => ({ ok: true, feeds: [feed], bundled: [{ id: 'lurewatch-core', version: 3, expires: '2026-12-01T00:00:00Z' }] })} requestOrigins={async () => true} storage={storage} browserLanguage="en-US" />);
  await show('checker', <Checker initialText={AD} check={async () => ({ ok: true, result, explanations, keys })} />);
  await show('bulk', <BulkPage send={async () => ({ ok: true, results: [] })} download={() => {}} storage={storage} />);
  await show('report', <ReportPage ad={{ text: AD, url: 'https://example.com/job', result, explanations, keys }} copy={async () => {}} download={() => {}} open={() => {}} />);
  const page = document.implementation.createHTMLDocument('job');
  page.body.innerHTML = `<p>${AD}</p>`;
  createPageUi(page, { ui, onGenuine: () => {}, onReport: () => {} }).show({ kind: 'posting', text: AD, anchor: page.body.firstElementChild!, parts: [{ el: page.body.firstElementChild!, start: 0, end: AD.length }] } as never, { ok: true, result, explanations, keys });
  page.querySelectorAll('*').forEach((h) => h.shadowRoot?.querySelectorAll('details').forEach((d) => (d.open = true)));
  // Only our warning, not the page it sits on.
  out.banner = [...page.querySelectorAll('*')].flatMap((h) => (h.shadowRoot ? visibleWords(h.shadowRoot) : []));
  return out;
}

const NON_LATIN: LocaleDir[] = ['zh_CN', 'zh_TW', 'th', 'hi', 'bn', 'ne', 'si', 'ta', 'my', 'km', 'lo', 'am', 'ru', 'ar'];

describe('every interface language', () => {
  for (const { dir } of LOCALES) {
    it(`${dir}: no message key shows${NON_LATIN.includes(dir) ? ', and no English is left' : ''}`, async () => {
      const ui = uiEnv(dir, { country: 'PH', help: bundledHelp });
      const all = await screens(ui);
      for (const [screen, words] of Object.entries(all)) {
        const text = words.join(' | ');
        expect(text.length, `${screen} rendered nothing`).toBeGreaterThan(20);
        expect(keyLeaks(text), `${dir} ${screen}: message keys shown`).toEqual([]);
        if (NON_LATIN.includes(dir)) expect(englishRuns(text), `${dir} ${screen}: English left`).toEqual([]);
      }
    });
  }

  it('English itself has real sentences on every screen (the check above would pass on empty screens)', async () => {
    const all = await screens(uiEnv('en', { country: 'PH', help: bundledHelp }));
    expect(all.popup!.join(' ')).toContain('Learn the red flags');
    expect(all.onboarding!.join(' ')).toContain('Red flags of a fake job abroad');
    expect(all.options!.join(' ')).toContain('The server took too long to answer.');
    expect(all.banner!.join(' ')).toContain('Lurewatch: Strong signs of a trafficking lure');
  });
});
