/**
 * Recruitment-agency licence numbers written in job ads. Countries that send many workers abroad (PH, NP, ID, IN,
 * LK) make licensed agencies print their licence number in every ad, so a number we can read can be checked against
 * the authority's register, and an ad for work abroad that shows none is a weak warning sign (see expectsLicence).
 * Finding a number proves nothing about the agency: scammers copy real numbers. Pure functions: no DOM, no network.
 */
import directoryJson from '../../assets/help/directory.json';
import type { Directory } from './schema';

export interface LicenceMatch {
  /** ISO 3166-1 alpha-2 code of the licensing country. */
  country: string;
  authority: string;
  /** The licence number, with spacing, dashes and digits normalised (ASCII digits, upper case). */
  number: string;
  /** text.slice(start, end) is the licence as the ad writes it, label included ("POEA License No. 123-LB-…"). */
  start: number;
  end: number;
  /** The authority's licence-check page from the help directory, when it has one. */
  verifyUrl?: string;
}

const directory = directoryJson as unknown as Directory;

/** Countries whose agencies must show a licence in their ads (the formats below). */
const LICENSING = new Set(['PH', 'NP', 'ID', 'IN', 'LK']);

/**
 * Whether a reader in this country should expect a licence number in an ad for work abroad. The caller may then call
 * "names no licence" a weak signal; it is never a verdict (direct hires and government programmes show none).
 */
export function expectsLicence(readerCountry: string | undefined): boolean {
  return readerCountry !== undefined && LICENSING.has(readerCountry.trim().toUpperCase());
}

// Building blocks. Ads mix Unicode dashes, no-break spaces and devanagari digits, so the patterns accept them.
const DASH = '[-‐‑‒–—]';
const DIGIT = '[0-9०-९]';
/** No letter, mark or digit just before / after: "Public No." must not read as "lic No.". */
const BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
/** "Licence", "License", "Licensed", "Lic.", Tagalog "Lisensya". */
const LIC = '(?:Licen[cs]e[ds]?|Lic|Lisensi?ya)\\.?';
/** "No.", "Number", "#", Tagalog "Blg." (bilang), Indonesian "Nomor", Hindi/Nepali "नं." / "नंबर" / "संख्या". */
const NO = '(?:No|Nos|Nr|Num|Number|Blg|Nomor|Nomer|#|नं|नंबर|नम्बर|संख्या)\\.?';
/** Between label and number: "No.: 123", "No - 123", "#123", "No. = 123". */
const SEP = `\\s*(?:[:#=]|${DASH})?\\s*`;

interface Format {
  country: string;
  re: RegExp;
  /** The number inside the match, normalised; undefined rejects the match (e.g. years that do not follow). */
  number: (m: RegExpExecArray) => string | undefined;
}

const rx = (source: string) => new RegExp(source, 'giu');
const squash = (s: string) => toAscii(s).replace(/\s+/g, '').replace(new RegExp(DASH, 'gu'), '-').toUpperCase();

function toAscii(s: string): string {
  return s.replace(/[०-९]/g, (d) => String(d.charCodeAt(0) - 0x966));
}

const FORMATS: Format[] = [
  {
    // Philippines, DMW (formerly POEA): "POEA License No. 123-LB-042120-R", "DMW Lic. No. 045-LB-071522-R",
    // "POEA-271-LB-121218-R". LB = land-based, SB = sea-based, six digits = issue date, suffix R / PL / UL / MLC.
    // The number shape alone is distinctive, so the label is optional.
    country: 'PH',
    re: rx(
      `${BEFORE}(?:(?:POEA|DMW)(?:\\s*[/&]\\s*(?:POEA|DMW))?\\s*)?(?:${LIC}\\s*)?(?:${NO})?${SEP}` +
        `((?:(?:POEA|DMW)\\s*${DASH}?\\s*)?\\d{1,4}\\s*${DASH}\\s*[LS]B\\s*${DASH}\\s*\\d{6}\\s*${DASH}\\s*[A-Z]{1,3})${AFTER}`,
    ),
    number: (m) => squash(m[1] ?? '').replace(/^(?:POEA|DMW)-?/, ''),
  },
  {
    // Nepal, DoFE: "Govt. Lic. No. 1244/074/075", "Lic. No. 1234/070/71", "इजाजत पत्र नं. १२४४/०७४/०७५": a serial
    // and the Nepali fiscal year it was issued in (074/075 = 2074/75 BS). The same shape is a company registration
    // ("Reg. No. 165209/073/074") or a date, so a licence label is required and the two years must follow each other.
    country: 'NP',
    re: rx(
      `${BEFORE}(?:(?:(?:DoFE|Govt|Government|Nepal\\s+Govt)\\.?\\s*)?${LIC}|इजाजत\\s*पत्र)\\s*(?:${NO})?${SEP}` +
        `(${DIGIT}{1,4})\\s*/\\s*(${DIGIT}{2,4})\\s*/\\s*(${DIGIT}{2,4})${AFTER}`,
    ),
    number: (m) => {
      const [serial, y1, y2] = [m[1], m[2], m[3]].map((s) => toAscii(s ?? ''));
      const a = Number(y1) % 100;
      const b = Number(y2) % 100;
      // Fiscal years from 2040/41 BS (1983) on; "099/100" wraps to 00 and still passes.
      return a >= 40 && (a + 1) % 100 === b ? `${serial}/${y1}/${y2}` : undefined;
    },
  },
  {
    // India, MEA eMigrate recruiting agent: "RA Licence No. B-1234/MUM/PER/1000+/5/8765/2019",
    // "Registration No. B-0655/MUM/PER/1000+/4-1/4/7914/2007", "B-162/MUM/PER/1000+/5515/2000".
    // B-serial / office (MUM, DEL, KER…) / PER(manent) / worker capacity / …/ year; distinctive without a label.
    country: 'IN',
    re: rx(
      `${BEFORE}(?:(?:MEA|RA|Govt\\.?\\s*of\\s*India(?:\\s*Approved)?|Recruiting\\s+Agent)\\s*)?` +
        `(?:(?:${LIC}|Reg(?:istration|d)?\\.?|RC|लाइसेंस|लायसेंस|पंजीकरण|रजिस्ट्रेशन)\\s*(?:${NO})?${SEP})?` +
        `((?:RA\\s*[-/]?\\s*)?B\\s*${DASH}\\s*\\d{1,5}\\s*/\\s*[A-Z]{2,5}\\s*/\\s*PER\\s*/\\s*\\d{2,6}\\s*\\+?` +
        `(?:\\s*/\\s*\\d+(?:\\s*${DASH}\\s*\\d+)?){1,5})${AFTER}`,
    ),
    number: (m) => squash(m[1] ?? '').replace(/^RA[-/]?/, ''),
  },
  {
    // Sri Lanka, SLBFE: "SLBFE License No. 1234", "SLBFE Licensed · No. 3101". A bare number is only a licence
    // when the label names the SLBFE.
    country: 'LK',
    re: rx(
      `${BEFORE}(?:SLBFE|Sri\\s+Lanka\\s+Bureau\\s+of\\s+Foreign\\s+Employment)\\s*(?:Reg(?:istered)?\\.?\\s*)?` +
        `${LIC}\\s*(?:[·•,|]\\s*)?(?:${NO})?${SEP}(\\d{1,5})${AFTER}`,
    ),
    number: (m) => m[1],
  },
  {
    // Sri Lanka, the label after: "Licence No. 2345 (SLBFE)".
    country: 'LK',
    re: rx(`${BEFORE}${LIC}\\s*(?:${NO})?${SEP}(\\d{1,5})\\s*\\(\\s*SLBFE\\s*\\)`),
    number: (m) => m[1],
  },
  {
    // Indonesia: a placement company (P3MI, formerly PPTKIS/PJTKI) holds an SIP3MI, "Surat Izin Perusahaan
    // Penempatan Pekerja Migran Indonesia" (Permenaker 10/2019, Permen P2MI 1/2025). Its number has no single
    // format (ministerial decrees "KEP.260/MEN/VII/2004", OSS numbers "81201141907610001"), so the label is required
    // and the number is the token after it.
    country: 'ID',
    re: rx(
      `${BEFORE}(?:SIP3MI|SIP\\s*P3MI|SIUP\\s*${DASH}?\\s*(?:P3MI|PPTKIS|PJTKI)|Izin\\s+(?:Usaha\\s+)?P3MI|SIPPTKIS|` +
        `Surat\\s+Izin\\s+Perusahaan\\s+Penempatan\\s+Pekerja\\s+Migran\\s+Indonesia)\\s*\\)?\\s*(?:${NO})?${SEP}` +
        `((?:KEP(?:MEN)?\\s*[.:]?\\s*)?(?:[A-Z]{1,4}\\s*[.-]\\s*)?\\d(?:[0-9A-Z./-]*[0-9A-Z])?(?:\\s+Tahun\\s+\\d{4})?)${AFTER}`,
    ),
    number: (m) => (m[1] ?? '').replace(/\s+/g, ' ').toUpperCase(),
  },
];

const FALLBACK_AUTHORITY: Record<string, string> = {
  PH: 'Department of Migrant Workers (DMW), formerly POEA',
  NP: 'Department of Foreign Employment (DoFE)',
  IN: 'Ministry of External Affairs, Protector General of Emigrants (eMigrate)',
  LK: 'Sri Lanka Bureau of Foreign Employment (SLBFE)',
  ID: 'Kementerian Pelindungan Pekerja Migran Indonesia (KP2MI, formerly BP2MI)',
};

/** Finds licence numbers in known formats; overlapping candidates keep the earliest, then the longest. */
export function findLicences(text: string): LicenceMatch[] {
  const found: LicenceMatch[] = [];
  for (const f of FORMATS) {
    f.re.lastIndex = 0;
    for (let m = f.re.exec(text); m; m = f.re.exec(text)) {
      const number = f.number(m);
      if (number) found.push(make(f.country, number, m.index, m.index + m[0].length));
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: LicenceMatch[] = [];
  for (const l of found) {
    const last = kept[kept.length - 1];
    if (!last || l.start >= last.end) kept.push(l);
  }
  return kept;
}

function make(country: string, number: string, start: number, end: number): LicenceMatch {
  const authority = directory.countries[country]?.authority;
  const match: LicenceMatch = { country, authority: authority?.name ?? FALLBACK_AUTHORITY[country] ?? country, number, start, end };
  if (authority?.licenceCheckUrl) match.verifyUrl = authority.licenceCheckUrl;
  return match;
}
