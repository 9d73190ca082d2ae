/**
 * The brand in effect: Lurewatch's own, a campaign's (fixed at build time) and an administrator's policy on top.
 * Pure, so the worker computes it once and every page and warning shows the same name, hotline and language.
 */
import type { Campaign, Managed } from './schema';

/** A campaign as built into the extension: the logo is then a path inside the extension. */
export type BuildCampaign = Omit<Campaign, '$schema' | 'logo'> & { logo?: string };

export interface BrandHotline { name: string; phone?: string; whatsapp?: string; web?: string }

export interface Brand {
  /** The product name users see. */
  name: string;
  /** The organisation that gave out this copy; absent for plain Lurewatch. */
  organisation?: string;
  website?: string;
  /** A path inside the extension. */
  logo?: string;
  color?: string;
  defaultLanguage?: string;
  defaultCountry?: string;
  /** The partner's hotline and website per country; shown as written (names and numbers are never translated). */
  countries: Record<string, { hotline?: BrandHotline; website?: string }>;
  message?: Partial<Record<string, string>>;
  /** True when an administrator's policy set some of this. */
  managed: boolean;
}

export const PLAIN_BRAND: Brand = { name: 'Lurewatch', countries: {}, managed: false };

export function brandFrom(build: BuildCampaign | null, managed: Managed | null): Brand {
  const base: Brand = build
    ? { name: build.name, organisation: build.organisation, website: build.website, logo: build.logo, color: build.colors?.primary, defaultLanguage: build.defaultLanguage, defaultCountry: build.defaultCountry, countries: { ...build.countries }, message: build.message, managed: false }
    : { ...PLAIN_BRAND, countries: {} };
  if (!managed || Object.keys(managed).length === 0) return base;
  return {
    ...base,
    organisation: managed.organisation ?? base.organisation,
    website: managed.website ?? base.website,
    defaultLanguage: managed.defaultLanguage ?? base.defaultLanguage,
    defaultCountry: managed.defaultCountry ?? base.defaultCountry,
    // A policy's country entry replaces the campaign's for that country; the others stay.
    countries: { ...base.countries, ...managed.countries },
    message: managed.message ?? base.message,
    managed: true,
  };
}

/** The campaign's message in the reader's language, else its default language's, else English, else any. */
export function brandMessage(brand: Brand, locale: string): string | undefined {
  const m = brand.message;
  if (!m) return undefined;
  return m[locale] ?? (brand.defaultLanguage ? m[brand.defaultLanguage] : undefined) ?? m.en ?? Object.values(m)[0];
}
