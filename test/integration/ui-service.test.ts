/**
 * The worker's answer to "how do I speak to this user": which language (asked for, chosen, an administrator's or a
 * campaign's default, the browser's, English), the brand and the country. Messages come from the real _locales.
 */
import { describe, expect, it } from 'vitest';
import { createUiService, type UiDeps } from '../../src/background/ui-service';
import type { BuildCampaign } from '../../src/campaign/brand';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/settings';
import { readMessages } from '../helpers/ui';

const campaign: BuildCampaign = { name: 'Safari Salama', organisation: 'Safari Salama Kenya', defaultLanguage: 'sw', defaultCountry: 'KE', countries: { KE: { hotline: { name: 'Helpline', phone: '+254 700 000 111' } } } };

function service(over: Partial<UiDeps> & { settings?: Partial<Settings>; loads?: string[] } = {}) {
  const loads = over.loads ?? [];
  return createUiService({
    loadMessages: async (dir) => (loads.push(dir), readMessages(dir)),
    readSettings: async () => ({ ...DEFAULT_SETTINGS, ...over.settings }),
    readManaged: async () => ({}),
    languages: () => ['en-US', 'en'],
    campaign: null,
    ...over,
  });
}
const headline = (r: { messages: Record<string, string> }) => r.messages.headlineLow;

describe('ui service', () => {
  it('follows the browser, and falls back to English for a language we do not have', async () => {
    expect((await service({ languages: () => ['th-TH', 'en'] }).handle(undefined, {})).locale).toBe('th');
    const r = await service({ languages: () => ['de-DE', 'xx'] }).handle(undefined, {});
    expect(r.locale).toBe('en');
    expect(headline(r)).toBe('No warning signs found');
    expect(r.country).toBe('DE');
  });

  it('the user’s choice beats the campaign’s default, which beats the browser', async () => {
    expect((await service({ campaign }).handle(undefined, {})).locale).toBe('sw');
    expect((await service({ campaign, settings: { language: 'ar' } }).handle(undefined, {}))).toMatchObject({ locale: 'ar', rtl: true, tag: 'ar' });
    expect((await service({ campaign, settings: { language: 'pt-BR' } }).handle(undefined, {})).locale).toBe('pt_BR');
  });

  it('an administrator’s policy beats the campaign, and a broken policy is ignored whole', async () => {
    const warnings: string[] = [];
    const good = service({ campaign, readManaged: async () => ({ organisation: 'Kisumu Job Centre', defaultLanguage: 'fr' }) });
    expect(await good.handle(undefined, {})).toMatchObject({ locale: 'fr', brand: { organisation: 'Kisumu Job Centre', name: 'Safari Salama', managed: true } });
    const bad = service({ campaign, readManaged: async () => ({ organisation: 'Kisumu Job Centre', defaultLanguage: 'klingon' }), warn: (m) => warnings.push(m) });
    expect(await bad.handle(undefined, {})).toMatchObject({ locale: 'sw', brand: { organisation: 'Safari Salama Kenya', managed: false } });
    expect(warnings).toHaveLength(1);
    // Firefox without a policy, or no managed storage at all: no policy.
    expect((await service({ campaign, readManaged: () => Promise.reject(new Error('Managed storage manifest not found')) }).handle(undefined, {})).brand.managed).toBe(false);
  });

  it('a warning in the ad’s language asks for it explicitly; unknown requests fall back to the usual choice', async () => {
    const s = service({ settings: { language: 'en' } });
    expect((await s.handle('th', {})).locale).toBe('th');
    expect((await s.handle('xx-YY', {})).locale).toBe('en');
  });

  it('the country is the campaign’s when it sets one, else the browser’s', async () => {
    expect((await service({ campaign }).handle(undefined, {})).country).toBe('KE');
    expect((await service({ languages: () => ['fil-PH'] }).handle(undefined, {})).country).toBe('PH');
  });

  it('lays a translation over English, so a message a translation lacks shows in English, never as a key', async () => {
    const r = await service({ settings: { language: 'th' }, loadMessages: async (dir) => (dir === 'th' ? { headlineLow: { message: 'ไม่พบสัญญาณเตือน' } } : readMessages(dir)) }).handle(undefined, {});
    expect(headline(r)).toBe('ไม่พบสัญญาณเตือน');
    expect(r.messages.popupLearn).toBe('Learn the red flags');
  });

  it('a damaged or missing messages file gives English, and each file is read once', async () => {
    const loads: string[] = [];
    const s = service({ loads, settings: { language: 'km' }, loadMessages: async (dir) => (loads.push(dir), dir === 'km' ? Promise.reject(new SyntaxError('bad JSON')) : readMessages(dir)) });
    const r = await s.handle(undefined, {});
    expect(r.locale).toBe('km');
    expect(headline(r)).toBe('No warning signs found');
    await s.handle(undefined, {});
    expect(loads.sort()).toEqual(['en', 'km']);
  });
});
