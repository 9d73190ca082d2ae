/** Campaign files and administrators' policies: validated whole, with mistakes named by field; merged predictably. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brandFrom, brandMessage, PLAIN_BRAND } from '../../src/campaign/brand';
import { CampaignError, campaignFromEnv, loadCampaign } from '../../src/campaign/build-config';
import { extraFeeds } from '../../src/campaign/feeds';
import { contrast, ManagedSchema } from '../../src/campaign/schema';
import { parseManaged } from '../../src/background/ui-service';
import { campaignJsonSchema } from '../../src/cli/campaign-command';

const FIXTURE = path.resolve(__dirname, '../fixtures/campaign');
const good = JSON.parse(fs.readFileSync(path.join(FIXTURE, 'campaign.json'), 'utf8'));

/** Writes a variant of the fixture campaign beside its logo and key, and loads it. */
function load(change: (c: Record<string, unknown>) => void, name = 'variant.json') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-'));
  for (const f of ['logo.png', 'public.key']) fs.copyFileSync(path.join(FIXTURE, f), path.join(dir, f));
  const c = structuredClone(good);
  change(c);
  fs.writeFileSync(path.join(dir, name), JSON.stringify(c));
  return Object.assign(() => loadCampaign(path.join(dir, name)), { dir });
}

describe('campaign file', () => {
  it('loads the example partner: the logo to copy, the key read from its file, host access for its list', () => {
    const b = loadCampaign(path.join(FIXTURE, 'campaign.json'));
    expect(b.campaign.name).toBe('Safari Salama');
    expect(b.campaign.logo).toBe('/campaign/logo.png');
    expect(b.logo).toEqual({ file: path.join(FIXTURE, 'logo.png'), dest: 'campaign/logo.png' });
    expect(b.campaign.lists![0]!.publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(b.hostPermissions).toEqual(['https://lists.safarisalama.example/*']);
    expect(JSON.stringify(b.campaign)).not.toContain('$schema');
  });

  it('is read from LUREWATCH_CAMPAIGN, and absent means plain Lurewatch', () => {
    expect(campaignFromEnv({})).toBeNull();
    expect(campaignFromEnv({ LUREWATCH_CAMPAIGN: path.join(FIXTURE, 'campaign.json') })?.campaign.organisation).toContain('Safari Salama');
  });

  it('lists every mistake at once, each by field', () => {
    const run = load((c) => {
      (c.countries as any).KE.hotline.phone = '1-800-CALL-NOW';
      c.defaultLanguage = 'de';
      (c.colors as any).primary = '#ffeb3b';
      c.website = 'http://insecure.example';
      c.surprise = true;
    });
    let message = '';
    try {
      run();
    } catch (e) {
      expect(e).toBeInstanceOf(CampaignError);
      message = (e as Error).message;
    }
    expect(message).toMatch(/has 5 mistakes/);
    expect(message).toContain('countries.KE.hotline.phone: a phone number holds');
    expect(message).toContain('defaultLanguage: expected one of the interface languages');
    expect(message).toContain('colors.primary: white text on the primary colour must have a contrast of at least 4.5:1');
    expect(message).toContain('website: expected an https:// address');
    expect(message).toMatch(/surprise/);
  });

  it('refuses a missing or fake logo, a bad key, an unknown default country and broken JSON', () => {
    expect(load((c) => (c.logo = 'missing.png'))).toThrow(/logo: file missing.png not found/);
    expect(load((c) => (c.logo = 'public.key.png'))).toThrow(/not found/);
    expect(load((c) => ((c.lists as any)[0].publicKey = '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----'))).toThrow(/lists.0.publicKey is not an Ed25519 public key/);
    expect(load((c) => (c.defaultCountry = 'TZ'))).toThrow(/defaultCountry: defaultCountry has no entry in countries/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-'));
    fs.writeFileSync(path.join(dir, 'c.json'), '{ "name": ');
    expect(() => loadCampaign(path.join(dir, 'c.json'))).toThrow(/not valid JSON/);
    expect(() => loadCampaign(path.join(dir, 'none.json'))).toThrow(/not found/);
  });

  it('refuses an SVG logo with a script in it', () => {
    const run = load((c) => (c.logo = 'logo.svg'));
    fs.writeFileSync(path.join(run.dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>');
    expect(run().campaign.logo).toBe('/campaign/logo.svg');
    fs.writeFileSync(path.join(run.dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
    expect(run).toThrow(/holds scripts/);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 0);
    expect(contrast('#6a1b9a', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrast('#ffeb3b', '#ffffff')).toBeLessThan(2);
  });

  it('ships a JSON Schema for partners’ editors that matches the validator', () => {
    const committed = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../assets/campaign.schema.json'), 'utf8'));
    expect(committed, 'run npm run campaign:schema').toEqual(JSON.parse(JSON.stringify(campaignJsonSchema())));
  });
});

describe('administrator policy (storage.managed)', () => {
  const shipped = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../assets/public/managed-schema.json'), 'utf8'));

  it('the schema shipped to the browser names exactly the fields Lurewatch reads', () => {
    expect(Object.keys(shipped.properties).sort()).toEqual(Object.keys(ManagedSchema.shape).sort());
    // Chrome's policy schemas know only these keywords; anything else would make the browser reject the schema.
    const allowed = new Set(['type', 'properties', 'items', 'additionalProperties', 'pattern', 'description', 'title', 'minimum', 'maximum', 'enum', 'patternProperties', 'required', 'id', '$ref']);
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      for (const [k, v] of Object.entries(node)) {
        expect(allowed.has(k), `keyword ${k}`).toBe(true);
        if (k === 'properties' || k === 'patternProperties') Object.values(v as object).forEach(walk);
        else if (k === 'items' || k === 'additionalProperties') walk(v);
      }
    };
    walk(shipped);
  });

  it('is used whole when valid, ignored whole (and said so) when any part is wrong', () => {
    const warnings: string[] = [];
    const ok = parseManaged({ organisation: 'City Job Centre', defaultLanguage: 'ne', countries: { NP: { hotline: { name: 'Centre helpline', phone: '1145' } } } }, (m) => warnings.push(m));
    expect(ok?.defaultLanguage).toBe('ne');
    expect(parseManaged({ organisation: 'City Job Centre', defaultLanguage: 'xx' }, (m) => warnings.push(m))).toBeNull();
    expect(warnings.join()).toMatch(/policy was ignored: defaultLanguage/);
    expect(parseManaged({})).toBeNull();
    expect(parseManaged(undefined)).toBeNull();
  });

  it('lays a policy over the campaign: its countries replace the campaign’s for those countries only', () => {
    const { campaign } = loadCampaign(path.join(FIXTURE, 'campaign.json'));
    const policy = ManagedSchema.parse({ organisation: 'Kisumu Job Centre', countries: { KE: { hotline: { name: 'Centre desk', phone: '0800 000 000' } } }, defaultLanguage: 'en' });
    const b = brandFrom(campaign, policy);
    expect(b.name).toBe('Safari Salama');
    expect(b.organisation).toBe('Kisumu Job Centre');
    expect(b.countries.KE!.hotline!.name).toBe('Centre desk');
    expect(b.countries.UG!.hotline!.whatsapp).toBe('+256 700 000 222');
    expect(b.defaultLanguage).toBe('en');
    expect(b.managed).toBe(true);
    expect(brandFrom(null, null)).toEqual(PLAIN_BRAND);
    expect(brandFrom(null, policy).name).toBe('Lurewatch');
  });

  it('shows the campaign message in the reader’s language, else the campaign’s default, else English', () => {
    const { campaign } = loadCampaign(path.join(FIXTURE, 'campaign.json'));
    const b = brandFrom(campaign, null);
    expect(brandMessage(b, 'sw')).toMatch(/^Safari Salama inawasaidia/);
    expect(brandMessage(b, 'th')).toMatch(/^Safari Salama inawasaidia/);
    expect(brandMessage({ ...b, defaultLanguage: undefined }, 'th')).toMatch(/^Safari Salama helps/);
  });

  it('turns the campaign’s and the policy’s lists into feeds with their own ids', async () => {
    const { campaign } = loadCampaign(path.join(FIXTURE, 'campaign.json'));
    const key = campaign.lists![0]!.publicKey;
    const feeds = await extraFeeds(campaign, Promise.resolve(ManagedSchema.parse({ lists: [{ title: 'Lab list', urls: ['https://lab.example/l.json'], publicKey: key }] })));
    expect(feeds.map((f) => f.id)).toEqual(['campaign-1', 'managed-1']);
    expect(await extraFeeds(null, Promise.reject(new Error('no managed storage')))).toEqual([]);
  });
});
