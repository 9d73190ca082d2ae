/**
 * The help directory format: per country, the hotlines, the labour-migration authority (with its licensed-agency
 * check) and NGOs a worried job seeker can turn to. A wrong number in a warning is worse than none, so the schema is
 * strict: every entry names where it was found and when it was checked, links are https only, phone numbers carry no
 * letters, and unknown keys are errors (a typo like "phon" must not silently drop a number).
 */
import { z } from 'zod';

const COUNTRY = /^[A-Z]{2}$/;
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** A checked date is a full day; a source may be dated only to the month or year when that is all it shows. */
const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_PARTIAL = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** Digits, spaces, dashes and brackets, "+" only in front, 3+ digits: what a phone can dial, no "1-800-CALL-NOW". */
const PHONE = /^(?=(?:\D*\d){3})\+?[0-9][0-9 ()-]*[0-9]$/;

const Day = z.string().regex(ISO_DAY, 'expected a date YYYY-MM-DD');
const Https = z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'expected an https:// address' });
const Phone = z.string().regex(PHONE, 'a phone number holds 3 or more digits, spaces, "-", "()" and only a leading "+"');
const Text = z.string().trim().min(2);

export const SourceSchema = z
  .object({
    publisher: Text,
    title: z.string().trim().min(3),
    /** Left out when the only copy we read was plain http: we do not guess that an https one exists. */
    url: Https.optional(),
    /** The date the page shows for the statement; failing that, the day we read it. */
    date: z.string().regex(ISO_PARTIAL, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
  })
  .strict();

/** Fields every kind of entry has: the evidence (source, checked) and a free note for caveats. */
const evidence = {
  name: Text,
  /** What a reader should know before calling: who runs it, limits, how sure we are. */
  note: z.string().trim().min(3).optional(),
  source: SourceSchema,
  checked: Day,
};

export const HotlineSchema = z
  .object({
    ...evidence,
    phone: Phone.optional(),
    /** The number to dial from outside the country, when the source gives one (short codes rarely work abroad). */
    phoneAbroad: Phone.optional(),
    /** A number that takes text messages (e.g. the US hotline's 233733). */
    sms: Phone.optional(),
    whatsapp: Phone.optional(),
    email: z.email().optional(),
    web: Https.optional(),
    languages: z.array(z.string().regex(LANG)).min(1).optional(),
    hours: Text.optional(),
  })
  .strict();

export const AuthoritySchema = z
  .object({
    ...evidence,
    web: Https.optional(),
    /** Where a reader checks an agency's licence; the licence finder links found numbers here. */
    licenceCheckUrl: Https.optional(),
    phone: Phone.optional(),
  })
  .strict();

export const NgoSchema = z
  .object({
    ...evidence,
    web: Https.optional(),
    email: z.email().optional(),
    phone: Phone.optional(),
    reportForm: Https.optional(),
  })
  .strict();

export const CountrySchema = z
  .object({
    hotlines: z.array(HotlineSchema),
    /** The labour-migration authority; absent where we found none we could source. */
    authority: AuthoritySchema.optional(),
    ngos: z.array(NgoSchema),
  })
  .strict();

export const DirectorySchema = z
  .object({
    $schema: z.string().optional(),
    version: z.number().int().min(1),
    updated: Day,
    /** Notes on how the directory was compiled and what its fields mean. */
    sources: z.array(z.string().trim().min(3)).min(1),
    /** Keyed by ISO 3166-1 alpha-2 code (so the United Kingdom is GB). */
    countries: z.record(z.string().regex(COUNTRY, 'country keys are ISO 3166-1 alpha-2 codes, two capital letters'), CountrySchema),
  })
  .strict();

export type Directory = z.infer<typeof DirectorySchema>;
export type DirectoryCountry = z.infer<typeof CountrySchema>;
export type Hotline = z.infer<typeof HotlineSchema>;
export type Authority = z.infer<typeof AuthoritySchema>;
export type Ngo = z.infer<typeof NgoSchema>;

/** Validates a directory document; each error names its place, e.g. "countries.PH.hotlines.0.phone: …". */
export function parseDirectory(json: unknown): { ok: true; directory: Directory } | { ok: false; errors: string[] } {
  const r = DirectorySchema.safeParse(json);
  if (r.success) return { ok: true, directory: r.data };
  // A bad URL fails both the protocol and the hostname check with the same message: report it once.
  const errors = r.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(document)'}: ${i.message}`);
  return { ok: false, errors: [...new Set(errors)] };
}
