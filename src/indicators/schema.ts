/**
 * The indicator list format. A list is data: anyone (an NGO, a hotline, us) can write one, and the extension
 * rejects the whole document when any part of it is invalid, so a half-broken list never replaces a good one.
 */
import { z } from 'zod';
import { compilePattern, PatternError } from '../engine/pattern';
import { CountrySchema } from '../help/schema';

const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

const Pattern = z.string().min(1).superRefine((p, ctx) => {
  try {
    compilePattern(p);
  } catch (e) {
    if (e instanceof PatternError) ctx.addIssue({ code: 'custom', message: e.message });
    else throw e;
  }
});

export const FAMILIES = ['trafficking-lure', 'job-scam', 'any', 'context'] as const;
export const DETECTORS = ['fee-amount', 'salary-outsized', 'foreign-phone', 'messaging-handle', 'route-transit', 'country-switch', 'reported-handle'] as const;

export const SourceSchema = z.object({
  id: z.string().regex(ID),
  publisher: z.string().min(2),
  title: z.string().min(3),
  date: z.string().regex(ISO_DATE),
  url: z.url().optional(),
});

const Examples = z.object({
  match: z.array(z.string().min(1)).min(1),
  noMatch: z.array(z.string().min(1)).min(1),
});

export const IndicatorSchema = z.object({
  id: z.string().regex(ID),
  family: z.enum(FAMILIES),
  category: z.string().regex(ID),
  /** Points this indicator adds (or, for the context family, takes away). 1 weak ... 40 decisive. */
  weight: z.number().int().min(1).max(60),
  explanation: z.object({
    key: z.string().regex(/^[a-z][a-z0-9_]*$/),
    en: z.string().min(10),
  }),
  sources: z.array(z.string().regex(ID)).min(1),
  detector: z.enum(DETECTORS).optional(),
  patterns: z.record(z.string().regex(LANG), z.array(Pattern).min(1)),
  examples: z.record(z.string().regex(LANG), Examples),
});

const Names = z.record(z.string().regex(LANG), z.array(z.string().min(2)).min(1));

export const PlaceSchema = z.object({
  id: z.string().regex(ID),
  kind: z.enum(['compound', 'zone', 'town', 'transit', 'country']),
  country: z.string().regex(COUNTRY),
  /** Languages whose speakers live there: a job in Thailand is no warning sign to a Thai reader. */
  localLangs: z.array(z.string().regex(LANG)),
  indicator: z.string().regex(ID),
  names: Names,
  sources: z.array(z.string().regex(ID)).min(1),
});

export const OrganisationSchema = z.object({
  id: z.string().regex(ID),
  indicator: z.string().regex(ID),
  names: Names,
  note: z.string().min(3),
  sources: z.array(z.string().regex(ID)).min(1),
});

export const HandleSchema = z
  .object({
    id: z.string().regex(ID),
    platform: z.enum(['telegram', 'whatsapp', 'phone', 'line', 'wechat', 'email', 'facebook']),
    indicator: z.string().regex(ID),
    /** The handle in clear text, folded; or the first hex digits of its SHA-256 so a list does not expose it. */
    value: z.string().min(3).optional(),
    sha256Prefix: z.string().regex(/^[0-9a-f]{8,64}$/).optional(),
    sources: z.array(z.string().regex(ID)).min(1),
  })
  .refine((h) => (h.value === undefined) !== (h.sha256Prefix === undefined), { message: 'give exactly one of value and sha256Prefix' });

export const AllowSchema = z.object({
  id: z.string().regex(ID),
  kind: z.enum(['host', 'agency', 'employer']),
  /** A host name (matches it and its subdomains) or, for agencies and employers, the names they are written as. */
  value: z.string().min(3),
  names: Names.optional(),
  country: z.string().regex(COUNTRY).optional(),
  licence: z.string().optional(),
  sources: z.array(z.string().regex(ID)).min(1),
});

export const CurrencySchema = z.object({
  code: z.string().regex(/^[A-Z]{3,4}$/),
  /** How the currency is written before or after an amount, folded (lower case, no accents). */
  symbols: z.array(z.string().min(1)).min(1),
  /** US dollars for one unit; rough, for comparing pay, not for accounting. */
  usd: z.number().positive(),
  /** A typical entry-level monthly wage in this currency's home economy, in this currency. */
  entryMonthly: z.number().positive(),
  /** Languages whose readers are paid in this currency at home. */
  homeLangs: z.array(z.string().regex(LANG)),
  sources: z.array(z.string().regex(ID)).min(1),
});

export const ListSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(ID),
    version: z.number().int().min(1),
    title: z.string().min(3),
    published: z.string().regex(ISO_TIME),
    expires: z.string().regex(ISO_TIME),
    homepage: z.url().optional(),
    sources: z.array(SourceSchema),
    indicators: z.array(IndicatorSchema),
    entities: z.object({
      places: z.array(PlaceSchema),
      organisations: z.array(OrganisationSchema),
      handles: z.array(HandleSchema),
    }),
    currencies: z.array(CurrencySchema),
    allowlist: z.array(AllowSchema),
    /**
     * Help-directory corrections and additions (hotlines, authorities, NGOs by country), so a wrong number can be
     * fixed for everyone with a list update. A later list's entry for a country replaces the earlier one.
     */
    help: z.object({ countries: z.record(z.string().regex(COUNTRY), CountrySchema) }).optional(),
  })
  .superRefine((doc, ctx) => {
    const sourceIds = new Set(doc.sources.map((s) => s.id));
    const indicatorIds = new Set(doc.indicators.map((i) => i.id));
    const unique = (items: { id: string }[], path: string) => {
      const seen = new Set<string>();
      items.forEach((it, i) => {
        if (seen.has(it.id)) ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `duplicate id "${it.id}"` });
        seen.add(it.id);
      });
    };
    unique(doc.sources, 'sources');
    unique(doc.indicators, 'indicators');
    const cited = (ids: string[], path: (string | number)[]) =>
      ids.forEach((s, i) => {
        if (!sourceIds.has(s)) ctx.addIssue({ code: 'custom', path: [...path, i], message: `unknown source "${s}"` });
      });
    doc.indicators.forEach((ind, i) => {
      cited(ind.sources, ['indicators', i, 'sources']);
      for (const lang of Object.keys(ind.patterns)) {
        if (!ind.examples[lang]) ctx.addIssue({ code: 'custom', path: ['indicators', i, 'examples'], message: `patterns in "${lang}" but no examples in "${lang}"` });
      }
      if (Object.keys(ind.patterns).length === 0 && !ind.detector && !usedByEntity(doc, ind.id)) {
        ctx.addIssue({ code: 'custom', path: ['indicators', i], message: 'no patterns, no detector and no entity uses it: it can never fire' });
      }
      if (ind.family === 'context' && ind.detector) ctx.addIssue({ code: 'custom', path: ['indicators', i, 'detector'], message: 'context indicators are phrases only' });
    });
    const refers = (items: { indicator: string; sources: string[] }[], path: string) =>
      items.forEach((it, i) => {
        if (!indicatorIds.has(it.indicator)) ctx.addIssue({ code: 'custom', path: [path, i, 'indicator'], message: `unknown indicator "${it.indicator}"` });
        cited(it.sources, [path, i, 'sources']);
      });
    refers(doc.entities.places, 'entities.places');
    refers(doc.entities.organisations, 'entities.organisations');
    refers(doc.entities.handles, 'entities.handles');
    unique(doc.entities.places, 'entities.places');
    unique(doc.entities.organisations, 'entities.organisations');
    unique(doc.entities.handles, 'entities.handles');
    unique(doc.allowlist, 'allowlist');
    doc.allowlist.forEach((a, i) => cited(a.sources, ['allowlist', i, 'sources']));
    doc.currencies.forEach((c, i) => cited(c.sources, ['currencies', i, 'sources']));
    if (Date.parse(doc.expires) <= Date.parse(doc.published)) ctx.addIssue({ code: 'custom', path: ['expires'], message: 'expires must be after published' });
  });

function usedByEntity(doc: { entities: { places: { indicator: string }[]; organisations: { indicator: string }[]; handles: { indicator: string }[] } }, id: string): boolean {
  const e = doc.entities;
  return e.places.some((p) => p.indicator === id) || e.organisations.some((o) => o.indicator === id) || e.handles.some((h) => h.indicator === id);
}

export type ListDocument = z.infer<typeof ListSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Currency = z.infer<typeof CurrencySchema>;
