/**
 * The help directory is shown to people who may be in danger, so it is linted like code: it parses, every entry is
 * sourced and dated, links are https and phone numbers dialable. The licence finder is tested on ad-like text in the
 * languages the ads are written in, with look-alikes (phones, dates, invoices, driving licences) that must not match.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDirectory, type Directory } from '../../src/help/schema';
import { expectsLicence, findLicences } from '../../src/help/licence';

const FILE = 'assets/help/directory.json';
const raw: unknown = JSON.parse(fs.readFileSync(FILE, 'utf8'));
const parsed = parseDirectory(raw);
const directory = parsed.ok ? parsed.directory : (null as unknown as Directory);

const PRIORITY = ['PH', 'ID', 'IN', 'NP', 'LK', 'BD', 'KE', 'UG', 'ET', 'NG', 'VN', 'TH', 'MM', 'KH', 'LA', 'CN', 'TW', 'MY', 'CO', 'RU', 'US', 'GB'];
const URL_KEYS = new Set(['web', 'url', 'licenceCheckUrl', 'reportForm']);
const PHONE_KEYS = new Set(['phone', 'phoneAbroad', 'sms', 'whatsapp']);

/** Every [key, value] pair in a JSON tree, with its path. */
function* walk(node: unknown, path: string[] = []): Generator<[string[], string, unknown]> {
  if (Array.isArray(node)) {
    for (const [i, v] of node.entries()) yield* walk(v, [...path, String(i)]);
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      yield [path, k, v];
      yield* walk(v, [...path, k]);
    }
  }
}

function entries(d: Directory) {
  return Object.entries(d.countries).flatMap(([cc, c]) => [
    ...c.hotlines.map((e, i) => [`${cc}.hotlines.${i}`, e] as const),
    ...c.ngos.map((e, i) => [`${cc}.ngos.${i}`, e] as const),
    ...(c.authority ? [[`${cc}.authority`, c.authority] as const] : []),
  ]);
}

describe(`help directory ${FILE}`, () => {
  it('parses with the schema', () => {
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('has every priority country as a key (lists may be empty)', () => {
    expect(Object.keys(directory.countries).sort()).toEqual([...PRIORITY].sort());
  });

  it('gives every entry a source and a checked date', () => {
    const all = entries(directory);
    expect(all.length).toBeGreaterThan(20);
    for (const [where, e] of all) {
      expect(e.source.publisher.length, where).toBeGreaterThan(1);
      expect(e.source.date, where).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(e.checked, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Date.parse(e.checked), where).not.toBeNaN();
    }
  });

  it('links only to https addresses, in link fields and in free text', () => {
    for (const [path, key, value] of walk(raw)) {
      if (typeof value !== 'string') continue;
      const where = [...path, key].join('.');
      if (URL_KEYS.has(key)) expect(value, where).toMatch(/^https:\/\/[^\s/]+\.[^\s]+$/);
      for (const scheme of value.match(/\b[a-z][a-z0-9+.-]*:\/\//gi) ?? []) expect(scheme, where).toBe('https://');
    }
  });

  it('has phone numbers of digits, spaces, "-", "()" and a leading "+" only', () => {
    let phones = 0;
    for (const [path, key, value] of walk(raw)) {
      if (!PHONE_KEYS.has(key)) continue;
      phones++;
      expect(value, [...path, key].join('.')).toMatch(/^\+?[0-9][0-9 ()-]*[0-9]$/);
    }
    expect(phones).toBeGreaterThan(15);
  });

  it('has the known anchors: US, UK and Philippine hotlines, the Issara lines, licence-check links', () => {
    const phones = (cc: string) => directory.countries[cc]?.hotlines.map((h) => h.phone) ?? [];
    expect(phones('US')).toContain('1-888-373-7888');
    expect(directory.countries.US?.hotlines[0]?.sms).toBe('233733');
    expect(phones('GB')).toContain('08000 121 700');
    expect(phones('PH')).toContain('1343');
    expect(phones('MM')).toContain('1-800-010-180');
    expect(phones('KH')).toContain('1-800-010-181');
    expect(phones('TH')).toContain('1-800-010-182');
    for (const cc of ['PH', 'IN', 'LK', 'ID']) expect(directory.countries[cc]?.authority?.licenceCheckUrl, cc).toMatch(/^https:\/\//);
  });
});

/** A minimal valid document, and copies broken in one place. */
function doc(country: Record<string, unknown> = {}, key = 'PH'): Record<string, unknown> {
  const hotline = {
    name: 'Test line',
    phone: '1343',
    web: 'https://example.org',
    source: { publisher: 'Example', title: 'Example page', url: 'https://example.org/p', date: '2026-11-25' },
    checked: '2026-11-25',
    ...country,
  };
  return { version: 1, updated: '2026-11-25', sources: ['test'], countries: { [key]: { hotlines: [hotline], ngos: [] } } };
}

function errorsOf(d: unknown): string[] {
  const r = parseDirectory(d);
  return r.ok ? [] : r.errors;
}

describe('directory schema rejects bad documents, naming the place', () => {
  it('accepts the minimal document', () => {
    expect(errorsOf(doc())).toEqual([]);
  });

  it.each([
    ['ph', 'countries.ph'],
    ['PHL', 'countries.PHL'],
    ['P1', 'countries.P1'],
  ])('country key %s', (key, path) => {
    expect(errorsOf(doc({}, key)).some((e) => e.startsWith(`${path}:`))).toBe(true);
  });

  it.each(['1-800-CALL-NOW', '+63 2 1348 ext. 5', '1343+', 'abc'])('phone %s', (phone) => {
    expect(errorsOf(doc({ phone }))).toEqual([expect.stringMatching(/^countries\.PH\.hotlines\.0\.phone: /)]);
  });

  it.each(['http://example.org', 'ftp://example.org', 'javascript:alert(1)', 'example.org'])('web address %s', (web) => {
    expect(errorsOf(doc({ web }))).toEqual([expect.stringMatching(/^countries\.PH\.hotlines\.0\.web: /)]);
  });

  it('an http source url', () => {
    const source = { publisher: 'Example', title: 'Example page', url: 'http://example.org/p', date: '2026' };
    expect(errorsOf(doc({ source }))).toEqual([expect.stringMatching(/^countries\.PH\.hotlines\.0\.source\.url: /)]);
  });

  it('a missing source or checked date', () => {
    expect(errorsOf(doc({ source: undefined }))).toEqual([expect.stringMatching(/^countries\.PH\.hotlines\.0\.source: /)]);
    expect(errorsOf(doc({ checked: undefined }))).toEqual([expect.stringMatching(/^countries\.PH\.hotlines\.0\.checked: /)]);
    expect(errorsOf(doc({ checked: '2026-13-01' }))).toEqual([expect.stringMatching(/^countries\.PH\.hotlines\.0\.checked: /)]);
  });

  it('a misspelt field (so a number is never silently dropped)', () => {
    expect(errorsOf(doc({ phon: '1343' }))).toEqual([expect.stringMatching(/^countries\.PH\.hotlines\.0: .*phon/)]);
  });

  it('a document that is not an object', () => {
    expect(errorsOf('nope')).toEqual([expect.stringMatching(/^\(document\): /)]);
  });
});

/** [ad text, the licence as the ad writes it, normalised number]. */
type Positive = [string, string, string];

const POSITIVE: Record<string, Positive[]> = {
  PH: [
    ['Hiring factory workers for Taiwan. POEA License No. 123-LB-042120-R. No placement fee!', 'POEA License No. 123-LB-042120-R', '123-LB-042120-R'],
    ['Kailangan ng caregiver sa Japan! Lisensyado ng DMW, Lic. Blg. 045-LB-071522-R, kaya ligtas ang aplikasyon mo.', 'Lic. Blg. 045-LB-071522-R', '045-LB-071522-R'],
    ['apply na: dmw lic # 045 - lb - 071522 - pl (walk-in)', 'dmw lic # 045 - lb - 071522 - pl', '045-LB-071522-PL'],
    ['POEA License No.: POEA-271-LB-121218-R', 'POEA License No.: POEA-271-LB-121218-R', '271-LB-121218-R'],
    ['Seafarers wanted (POEA-271-SB-121218-MLC), mag-apply na', 'POEA-271-SB-121218-MLC', '271-SB-121218-MLC'],
    ['DMW Licence Number 088–LB–010203–UL', 'DMW Licence Number 088–LB–010203–UL', '088-LB-010203-UL'],
  ],
  NP: [
    ['Malaysia ko lagi factory kamdar chahiyo. Lic. No. 1234/070/71, Kathmandu.', 'Lic. No. 1234/070/71', '1234/070/71'],
    ['Govt. Lic. No: 1244/074/075 | Reg. No: 165209/073/074', 'Govt. Lic. No: 1244/074/075', '1244/074/075'],
    ['मलेसियाका लागि कामदार चाहियो। वैदेशिक रोजगार विभागबाट इजाजत प्राप्त, इजाजत पत्र नं. १२४४/०७४/०७५', 'इजाजत पत्र नं. १२४४/०७४/०७५', '1244/074/075'],
    ['कतारको लागि ड्राइभर (इजाजतपत्र नं: ९८१/०६७/०६८) सम्पर्क गर्नुहोस्', 'इजाजतपत्र नं: ९८१/०६७/०६८', '981/067/068'],
    ['DoFE License No. 836 / 066 / 067', 'DoFE License No. 836 / 066 / 067', '836/066/067'],
  ],
  IN: [
    ['Urgent requirement for Saudi Arabia. RA Licence No. B-1234/MUM/PER/1000+/5/8765/2019. Interview on 12/05/2024.', 'RA Licence No. B-1234/MUM/PER/1000+/5/8765/2019', 'B-1234/MUM/PER/1000+/5/8765/2019'],
    ['Registration No. B-0655/MUM/PER/1000+/4-1/4/7914/2007', 'Registration No. B-0655/MUM/PER/1000+/4-1/4/7914/2007', 'B-0655/MUM/PER/1000+/4-1/4/7914/2007'],
    ['सऊदी अरब में ड्राइवर की भर्ती। लाइसेंस नं. B-0866/MUM/PER/1000+/5/9186/2016 — वीज़ा और टिकट फ्री।', 'लाइसेंस नं. B-0866/MUM/PER/1000+/5/9186/2016', 'B-0866/MUM/PER/1000+/5/9186/2016'],
    ['walk in today, lic: b-0313/mum/per/1000+/5/8283/2008', 'lic: b-0313/mum/per/1000+/5/8283/2008', 'B-0313/MUM/PER/1000+/5/8283/2008'],
    ['Govt. of India Approved Reg: B-0657/MUM/PER/1000+/3/8187/2001', 'Govt. of India Approved Reg: B-0657/MUM/PER/1000+/3/8187/2001', 'B-0657/MUM/PER/1000+/3/8187/2001'],
    ['Agency B-162/MUM/PER/1000+/5515/2000 recruits welders', 'B-162/MUM/PER/1000+/5515/2000', 'B-162/MUM/PER/1000+/5515/2000'],
  ],
  LK: [
    ['Housemaids for Kuwait. SLBFE License No. 1234. Free ticket.', 'SLBFE License No. 1234', '1234'],
    ['Drivers for Qatar, Licence No. 2345 (SLBFE) - apply now', 'Licence No. 2345 (SLBFE)', '2345'],
    ['Diamond Star (SLBFE Licence No: 1437) established 1996', 'SLBFE Licence No: 1437', '1437'],
    ['SLBFE Licensed · No. 3101', 'SLBFE Licensed · No. 3101', '3101'],
    ['Sri Lanka Bureau of Foreign Employment licence no 2751, Colombo 10', 'Sri Lanka Bureau of Foreign Employment licence no 2751', '2751'],
  ],
  ID: [
    ['Lowongan kerja ke Taiwan, PT Maju Jaya, SIP3MI No. 81201141907610001, tanpa biaya!', 'SIP3MI No. 81201141907610001', '81201141907610001'],
    ['Dibuka pendaftaran CPMI Hong Kong. Izin P3MI Nomor: B.123/PPTKLN/VI/2021', 'Izin P3MI Nomor: B.123/PPTKLN/VI/2021', 'B.123/PPTKLN/VI/2021'],
    ['PT Mitra Sinergi, SIUP PPTKIS: KEPMEN NO. 118 TAHUN 2005, Surabaya', 'SIUP PPTKIS: KEPMEN NO. 118 TAHUN 2005', 'KEPMEN NO. 118 TAHUN 2005'],
    ['Perizinan Berusaha Berbasis Risiko (SIP3MI) No. 81201141907610001', 'SIP3MI) No. 81201141907610001', '81201141907610001'],
    ['resmi, sip3mi nomor kep.260/men/vii/2004', 'sip3mi nomor kep.260/men/vii/2004', 'KEP.260/MEN/VII/2004'],
  ],
};

const NEGATIVE: Record<string, string[]> = {
  PH: [
    'Call or text 0917-123-4567 or (02) 8722-1144 for details',
    "Driver's license no. N01-12-345678, license to drive since 2020",
    'Invoice No. 123-45-042120, dated 04-21-2020',
    'Salary PHP 30,000-50,000 per month plus free 20-LB luggage',
  ],
  NP: [
    'Reg. No.: 165209/073/074',
    'Interview 2082/08/10, phone 01-4790206, salary NPR 50,000/month',
    'Driving Lic. No. 12/05/24',
    'इजाजतपत्र नं. ने.रा.बैंक/इ.प्रा./"घ"/८९/०७५/०७६',
    'Lic. No. 1234/075/077',
    'License No. 12/05/2024',
  ],
  IN: [
    'Office: B-12, Sector 5, Noida. Call +91 98765 43210',
    'Invoice INV/2024/PER/1000 dated 12/05/2024',
    'Driving Licence No. MH-12-2011-0062821; salary INR 45,000/month',
    'License to drive required. Flat B-1204/DEL',
  ],
  LK: [
    'License No. 1234 – call 077 123 4567',
    'SLBFE registration fee Rs. 22,027 + VAT',
    'Call the SLBFE hotline 1989, license to drive required',
    'SLBFE licensed agency since 2014',
  ],
  ID: [
    'Hubungi WA 0812-3456-7890, gaji Rp 8.000.000/bulan',
    'Pastikan perusahaan punya SIP3MI dari Kementerian P2MI',
    'NIB 8120114190761 dan SIM No. 1234-5678-901234',
    'Invoice No. 2024/INV/0012, tanggal 12/05/2024',
  ],
};

describe('findLicences', () => {
  for (const [country, cases] of Object.entries(POSITIVE)) {
    it.each(cases)(`${country}: %s`, (text, shown, number) => {
      const found = findLicences(text);
      expect(found).toHaveLength(1);
      const [l] = found;
      expect(l && text.slice(l.start, l.end)).toBe(shown);
      expect(l).toMatchObject({ country, number });
      expect(l?.authority).toBe(directory.countries[country]?.authority?.name);
      expect(l?.verifyUrl).toBe(directory.countries[country]?.authority?.licenceCheckUrl);
    });
  }

  for (const [country, cases] of Object.entries(NEGATIVE)) {
    it.each(cases)(`${country} look-alike: %s`, (text) => {
      expect(findLicences(text)).toEqual([]);
    });
  }

  it('links to the authority check page where the directory has one, and to nothing where it has none', () => {
    expect(findLicences('POEA License No. 123-LB-042120-R')[0]?.verifyUrl).toBe('https://dmw.gov.ph/inquiry/licensed-recruitment-agencies');
    expect(findLicences('Lic. No. 1234/070/71')[0]).not.toHaveProperty('verifyUrl');
  });

  it('finds several licences in one post, in order, without overlaps', () => {
    const text = 'Partners: POEA License No. 123-LB-042120-R (Manila) and SLBFE License No. 1234 (Colombo); Nepal Lic. No. 1234/070/71.';
    const found = findLicences(text);
    expect(found.map((l) => l.country)).toEqual(['PH', 'LK', 'NP']);
    expect(found.map((l) => text.slice(l.start, l.end))).toEqual(['POEA License No. 123-LB-042120-R', 'SLBFE License No. 1234', 'Lic. No. 1234/070/71']);
  });

  it('reads a long page quickly', () => {
    const page = 'Factory work, salary 30,000-50,000, call 0917-123-4567. '.repeat(20_000) + 'POEA License No. 123-LB-042120-R';
    const t = performance.now();
    expect(findLicences(page)).toHaveLength(1);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('expectsLicence', () => {
  it.each([
    ['PH', true], ['np', true], ['ID', true], ['IN', true], ['LK', true],
    ['US', false], ['TH', false], ['GB', false], [undefined, false], ['', false],
  ] as const)('%s → %s', (country, expected) => {
    expect(expectsLicence(country)).toBe(expected);
  });
});
