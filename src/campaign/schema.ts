/**
 * A campaign: a partner (an NGO, a hotline, a ministry) hands Lurewatch out under its own name, with its hotline
 * and website per country, its language, its extra signed lists and a message on the welcome page. Written by the
 * partner in one JSON file for `LUREWATCH_CAMPAIGN=file.json npm run build`; the same fields (except those that
 * need files: logo, colours, name) can be pushed by administrators through the browser's managed storage.
 *
 * What a partner cannot change, by design: the warnings' wording and the core list (a partner can add lists, not
 * remove ours), and privacy: nothing about the user is ever sent, to the partner or anyone.
 */
import { z } from 'zod';
import { LOCALES } from '../i18n/locales';

const COUNTRY = /^[A-Z]{2}$/;
const PHONE = /^(?=(?:\D*\d){3})\+?[0-9][0-9 ()-]*[0-9]$/;
const Https = z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'expected an https:// address' });
const Phone = z.string().regex(PHONE, 'a phone number holds 3 or more digits, spaces, "-", "()" and only a leading "+"');
const Country = z.string().regex(COUNTRY, 'expected a two-letter country code in capitals, such as KE');
const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour such as #0b4f9c');
export const LocaleDirSchema = z.enum(LOCALES.map((l) => l.dir) as [string, ...string[]], {
  error: `expected one of the interface languages: ${LOCALES.map((l) => l.dir).join(', ')}`,
});

export const CampaignHotlineSchema = z
  .object({
    name: z.string().trim().min(2).max(80),
    phone: Phone.optional(),
    whatsapp: Phone.optional(),
    web: Https.optional(),
  })
  .strict()
  .refine((h) => h.phone || h.whatsapp || h.web, { message: 'a hotline needs a phone, a whatsapp number or a web address' });

export const CampaignCountrySchema = z
  .object({ hotline: CampaignHotlineSchema.optional(), website: Https.optional() })
  .strict()
  .refine((c) => c.hotline || c.website, { message: 'give a hotline or a website for the country' });

export const CampaignListSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    /** Mirrors of the signed list, tried in order. */
    urls: z.array(Https).min(1).max(10),
    /** PEM text ("-----BEGIN PUBLIC KEY-----...") or, in a campaign file, a path to it relative to the file. */
    publicKey: z.string().min(1),
  })
  .strict();

/** Onboarding message by interface language; the user's language is shown, else the campaign's default, else English. */
const Message = z.partialRecord(LocaleDirSchema, z.string().trim().min(2).max(800));

/** What both a campaign file and an administrator's policy may set. */
const shared = {
  /** The partner organisation, as users know it. */
  organisation: z.string().trim().min(2).max(80),
  website: Https.optional(),
  defaultLanguage: LocaleDirSchema.optional(),
  /** The users' country when the browser does not say (cheap laptops often come set to en-US). */
  defaultCountry: Country.optional(),
  countries: z.record(Country, CampaignCountrySchema).optional(),
  lists: z.array(CampaignListSchema).max(5).optional(),
  message: Message.optional(),
};

/** Relative luminance contrast (WCAG 2), for the white text on the campaign colour. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

export const CampaignSchema = z
  .object({
    $schema: z.string().optional(),
    /** The product name users see (toolbar, warnings, pages). */
    name: z.string().trim().min(2).max(40),
    ...shared,
    /** A PNG (also used as the toolbar icon) or SVG file, relative to the campaign file. */
    logo: z.string().regex(/\.(png|svg)$/i, 'the logo must be a .png or .svg file').optional(),
    colors: z
      .object({ primary: Color.refine((c) => contrast(c, '#ffffff') >= 4.5, { message: 'white text on the primary colour must have a contrast of at least 4.5:1 (WCAG AA); choose a darker colour' }) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((c) => !c.defaultCountry || !c.countries || c.countries[c.defaultCountry], { message: 'defaultCountry has no entry in countries', path: ['defaultCountry'] });

export type Campaign = z.infer<typeof CampaignSchema>;

/** Settings an organisation's administrators push with the browser's policies (`storage.managed`). */
export const ManagedSchema = z
  .object({ ...shared, organisation: shared.organisation.optional() })
  .strict();
export type Managed = z.infer<typeof ManagedSchema>;

/** Zod issues as lines a partner can act on: "countries.KE.hotline.phone: a phone number holds ...". */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`);
}
