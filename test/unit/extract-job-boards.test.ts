// @vitest-environment happy-dom
/**
 * Job-board extraction: on each site's job page and search pane, exactly the ad is read (not the menus, footer or
 * other jobs), as text a reader can see, with a key that stays put; and the engine's verdict on what was read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check';
import { htmlToText, jobPostingsFromMarkup, jsonLdJobPostings } from '../../src/extract/jsonld';
import { brightermonday } from '../../src/extract/sites/brightermonday';
import { craigslist } from '../../src/extract/sites/craigslist';
import { glassdoor } from '../../src/extract/sites/glassdoor';
import { indeed } from '../../src/extract/sites/indeed';
import { jobBoardAdapters } from '../../src/extract/sites/job-boards';
import { jobstreet } from '../../src/extract/sites/jobstreet';
import { linkedinJob } from '../../src/extract/sites/linkedin-job';
import { naukri } from '../../src/extract/sites/naukri';
import { olx } from '../../src/extract/sites/olx';
import { elementText } from '../../src/extract/text';
import type { Item, SiteAdapter } from '../../src/extract/types';
import { coreList } from '../helpers/lists';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(HERE, '../fixtures/pages/sites');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
const load = (file: string) => parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8'));

const applies = (a: SiteAdapter, url: URL) => a.hosts.test(url.hostname) && (!a.paths || a.paths.test(url.pathname));

/** Every part is its element's text, and the parts joined are the whole text: nothing invented, nothing hidden. */
function expectFaithful(item: Item) {
  expect(item.parts.length).toBeGreaterThan(0);
  for (const p of item.parts) {
    expect(item.text.slice(p.start, p.end)).toBe(elementText(p.el));
    expect(item.anchor.contains(p.el)).toBe(true);
  }
  expect(item.parts.map((p) => item.text.slice(p.start, p.end)).join('\n')).toBe(item.text);
}

function verdict(item: Item) {
  const r = check(coreList(), { text: item.text, title: item.title, url: item.url });
  return { level: r.level, signals: r.signals.map((s) => `${s.indicator}: ${s.evidence}`).join(' | ') };
}

interface Case {
  file: string;
  adapter: SiteAdapter;
  url: string;
  kind: 'lure' | 'scam' | 'genuine';
  title: string;
  /** Text from the ad that must be read: its company, pay, and lines of its description. */
  present: string[];
  /** Page chrome and other jobs that must not be. */
  absent: string[];
  /** The job id the key is built on. */
  id: string;
}

const CASES: Case[] = [
  {
    file: 'linkedin-view-genuine.html', adapter: linkedinJob, kind: 'genuine', id: '4398120553',
    url: 'https://uk.linkedin.com/jobs/view/registered-nurse-adult-nhs-trust-leeds-at-crestline-healthcare-recruitment-4398120553',
    title: 'Registered Nurse (Adult) – NHS Trust, Leeds',
    present: ['Crestline Healthcare Recruitment', 'Leeds, England, United Kingdom', '£29,970.00/yr - £36,483.00/yr', 'No placement fee is charged'],
    absent: ['Join now', 'Similar jobs', 'Staff Nurse – Theatres', 'People also viewed', 'LinkedIn © 2025', 'Seniority level', 'Show more'],
  },
  {
    file: 'linkedin-search-lure.html', adapter: linkedinJob, kind: 'lure', id: '4402277815',
    url: 'https://www.linkedin.com/jobs/search/?currentJobId=4402277815&keywords=customer%20service&location=Thailand',
    title: 'Customer Service Representative (English/Vietnamese) – Relocation to Thailand',
    present: ['Golden Harbor Digital Co., Ltd.', 'Bangkok, Bangkok City, Thailand', 'near Mae Sot', 'Telegram @GH_recruit_Anna'],
    absent: ['My Network', '243 results', 'Guest Service Agent', 'Siam Travel Tech', 'About the company', 'Easy Apply', 'LinkedIn Corporation'],
  },
  {
    file: 'indeed-viewjob-genuine.html', adapter: indeed, kind: 'genuine', id: '8c1f2a9b3d4e5f60',
    url: 'https://ph.indeed.com/viewjob?jk=8c1f2a9b3d4e5f60&from=serp',
    title: 'Accounts Payable Associate',
    present: ['Northwind Logistics Philippines Inc.', 'Pasig, Metro Manila', '₱25,000 - ₱32,000 a month', 'BIR Form 2307'],
    absent: ['Company reviews', 'Find Jobs', '3.9 out of 5 stars', 'Explore other jobs', 'Bookkeeper jobs', '© 2025 Indeed', 'Report job'],
  },
  {
    file: 'indeed-search-lure.html', adapter: indeed, kind: 'lure', id: '3f9a1c7e5b2d4a68',
    url: 'https://in.indeed.com/jobs?q=data+entry+overseas&l=Bengaluru%2C+Karnataka&vjk=3f9a1c7e5b2d4a68',
    title: 'Digital Marketing Executive – Overseas (Laos)',
    present: ['Sunrise Global Tech Solutions', '₹80,000 - ₹1,20,000 a month', 'Bokeo province', 'Telegram @sunrise_hr_priya'],
    absent: ['247 jobs', 'Karnataka Cooperative Milk Producers', 'Next Page', 'Employers / Post Job', 'Privacy Center'],
  },
  {
    file: 'glassdoor-listing-genuine.html', adapter: glassdoor, kind: 'genuine', id: '1009512345678',
    url: 'https://www.glassdoor.sg/job-listing/customer-success-associate-mandarin-speaking-harbourfront-payments-JV_IC3235921_KO0,44_KE45,67.htm?jl=1009512345678',
    title: 'Customer Success Associate (Mandarin-speaking)',
    present: ['Harbourfront Payments', 'Singapore', 'SGD 3,800 - 4,600 per month', 'Tanjong Pagar office'],
    absent: ['For Employers', 'Company overview', 'Customer Support Specialist (Korean)', 'PayLah Partners', 'Glassdoor LLC', 'Show more', '4.1'],
  },
  {
    file: 'glassdoor-search-lure.html', adapter: glassdoor, kind: 'lure', id: '1009598765432',
    url: 'https://www.glassdoor.com/Job/cambodia-customer-service-jobs-SRCH_IL.0,8_IN40_KO9,25.htm?jl=1009598765432',
    title: 'Customer Service Specialist (Chinese/English) – Sihanoukville',
    present: ['Lucky Star Entertainment Group', '$2,000 - $3,500 Per Month', 'inside the company compound', '@luckystar_kevin88'],
    absent: ['38 Customer Service Jobs', 'Raffles Hotel Le Royal', 'ABA Bank', '$2K - $3K', 'Terms of Use'],
  },
  {
    file: 'jobstreet-view-lure.html', adapter: jobstreet, kind: 'lure', id: '84120377',
    url: 'https://id.jobstreet.com/id/job/84120377?type=standard',
    title: 'Customer Service Online (Penempatan Luar Negeri – Kamboja)',
    present: ['PT Mitra Karya Global Abadi', 'Jakarta Selatan, Jakarta Raya', 'Rp 15.000.000 – Rp 25.000.000 per month', 'visa turis', '@sinta_hrd_kerja'],
    absent: ['Cari lowongan kerja', 'Lihat semua lowongan', 'Buka wawasan lowongan', 'Jangan berikan rincian bank', 'Pasang iklan lowongan', '© Jobstreet'],
  },
  {
    file: 'jobstreet-search-genuine.html', adapter: jobstreet, kind: 'genuine', id: '84233190',
    url: 'https://ph.jobstreet.com/room-attendant-jobs?jobId=84233190&type=standard',
    title: 'Room Attendant – 5-star hotel in Dubai (DMW Licensed)',
    present: ['Pacific Horizon Manpower Services, Inc.', 'Manila City, Metro Manila', 'AED 1,500 – AED 1,800 per month', 'Zero placement fee'],
    absent: ['132 jobs', 'Housekeeping Attendant', 'Shangri-La Mactan', 'Return to search results', 'Report this job advert', 'Post a job ad'],
  },
  {
    file: 'jobstreet-search-scam.html', adapter: jobstreet, kind: 'scam', id: '84301122',
    url: 'https://id.jobstreet.com/id/admin-online-jobs/in-Bandung-Jawa-Barat?jobId=84301122',
    title: 'Admin Online Part Time / Freelance (Kerja dari Rumah)',
    present: ['Karya Digital Nusantara', 'Rp 5.000.000 – Rp 9.000.000 per month', 'deposit Rp 150.000'],
    absent: ['412 lowongan', 'Admin Gudang', 'PT Sinar Logistik Priangan', '© Jobstreet'],
  },
  {
    file: 'naukri-lure.html', adapter: naukri, kind: 'lure', id: '250724500981',
    url: 'https://www.naukri.com/job-listings-data-entry-operator-overseas-laos-sai-overseas-consultants-mumbai-0-to-3-years-250724500981',
    title: 'Data Entry Operator (Overseas – Laos)',
    present: ['Sai Overseas Consultants', '10-15 Lacs P.A.', 'Mumbai, Laos', 'tourist visa pe jana hai', '@saioverseas_rohit'],
    absent: ['Register to apply', '7 Reviews', 'Jobs you might be interested in', 'Reliance Retail', 'Info Edge', 'Industry Type'],
  },
  {
    file: 'naukri-genuine.html', adapter: naukri, kind: 'genuine', id: '070825501234',
    url: 'https://www.naukri.com/job-listings-customer-support-executive-voice-english-brightline-services-india-pune-1-to-3-years-070825501234',
    title: 'Customer Support Executive - Voice (English)',
    present: ['Brightline Services India Pvt. Ltd.', '3-4.5 Lacs P.A.', 'Pune (Kharadi)', 'Walk-in interview'],
    absent: ['1,214 Reviews', 'Job match score', 'Similar jobs', 'Teleperformance', 'Info Edge'],
  },
  {
    file: 'naukri-scam-fee.html', adapter: naukri, kind: 'scam', id: '310725600412',
    url: 'https://www.naukri.com/job-listings-form-filling-work-from-home-part-time-daily-payment-digital-india-data-services-delhi-ncr-0-to-1-years-310725600412',
    title: 'Form Filling Work From Home - Part Time (Daily Payment)',
    present: ['Digital India Data Services', '2.5-5 Lacs P.A.', 'registration fee of Rs 2,499'],
    absent: ['Genpact', 'Companies', 'Info Edge'],
  },
  {
    file: 'brightermonday-lure.html', adapter: brightermonday, kind: 'lure', id: 'customer-care-agents-thailand-x7k2dq',
    url: 'https://www.brightermonday.co.ke/listings/customer-care-agents-thailand-x7k2dq',
    title: 'Customer Care Agents – Thailand (Urgent)',
    present: ['Global Link Placements', 'KSh 160,000 - 210,000', 'Tiketi ya ndege', 'near the Myanmar border', '@globallink_ke'],
    absent: ['Career Advice', 'Important safety tips', 'Similar Jobs', 'Safaricom PLC', '© 2025 BrighterMonday'],
  },
  {
    file: 'brightermonday-genuine.html', adapter: brightermonday, kind: 'genuine', id: 'waiters-waitresses-qatar-5-star-hotel-p2k9sd',
    url: 'https://www.brightermonday.co.ke/listings/waiters-waitresses-qatar-5-star-hotel-p2k9sd',
    title: 'Waiters / Waitresses – Qatar (5-star hotel)',
    present: ['Tamarind Manpower Solutions Ltd', 'NEA/PEA/1187', 'We do not charge candidates any recruitment fee'],
    absent: ['Find a Job', 'Important safety tips', 'Serena Beach Resort', '© 2025 BrighterMonday'],
  },
  {
    file: 'craigslist-lure.html', adapter: craigslist, kind: 'lure', id: '7801234567',
    url: 'https://bangkok.craigslist.org/csr/d/bangkok-english-chat-support/7801234567.html',
    title: 'English chat support - 2,000 USD/month, housing + transport provided',
    present: ['compensation:', 'USD 2000/month + bonus', 'office in Myawaddy', 'Telegram @mike_hr_bkk'],
    absent: ['my account', 'customer service\njobs', 'principals only', 'post id', '© 2025'],
  },
  {
    file: 'craigslist-genuine.html', adapter: craigslist, kind: 'genuine', id: '7798765432',
    url: 'https://portland.craigslist.org/mlt/fbh/d/portland-line-cook-full-time/7798765432.html',
    title: 'Line Cook - Full Time ($21-24/hr DOE)',
    present: ['$21–24/hr DOE + tips', 'full-time', 'Pine & Pepper', 'ask for Dana'],
    absent: ['multnomah', 'SE Hawthorne Blvd near 35th Ave', 'unsolicited services', 'post id', '© 2025'],
  },
  {
    file: 'craigslist-scam-cheque.html', adapter: craigslist, kind: 'scam', id: '7805551234',
    url: 'https://losangeles.craigslist.org/wst/dmg/d/santa-monica-personal-assistant-errand/7805551234.html',
    title: 'Personal Assistant / Errand Runner',
    present: ['$650 weekly', 'receive a check in the mail', 'gift cards'],
    absent: ['westside-southbay', 'post id', '© 2025'],
  },
  {
    file: 'olx-id-lure.html', adapter: olx, kind: 'lure', id: '915277304',
    url: 'https://www.olx.co.id/item/lowongan-admin-chat-online-penempatan-kamboja-gaji-20-juta-iid-915277304',
    title: 'Lowongan Admin Chat Online Penempatan Kamboja Gaji 20 Juta',
    present: ['Gaji dari', '18.000.000', 'Jakarta Barat, Jakarta D.K.I.', 'visa kunjungan', '@hendra_loker'],
    absent: ['JUAL', 'Beranda', 'Iklan terkait', 'Rp 4.900.000', 'Lowongan Kasir Minimarket', 'Chat dengan penjual', 'LOKASI POPULER'],
  },
  {
    file: 'olx-pl-genuine.html', adapter: olx, kind: 'genuine', id: '19kXa2',
    url: 'https://www.olx.pl/d/oferta/magazynier-z-uprawnieniami-udt-umowa-o-prace-poznan-CID4-ID19kXa2.html',
    title: 'Magazynier z uprawnieniami UDT – umowa o pracę, Poznań',
    present: ['5 200 - 6 100 zł brutto / mies.', 'Umowa o pracę', 'Poznań, Nowe Miasto', 'uprawnienia UDT'],
    absent: ['Dodaj ogłoszenie', 'Strona główna', 'Wyświetlenia', 'Podobne ogłoszenia', '4 806 zł', 'Polityka prywatności'],
  },
  {
    file: 'olx-pk-scam.html', adapter: olx, kind: 'scam', id: '1098123456',
    url: 'https://www.olx.com.pk/item/home-based-packing-job-daily-earning-3000-iid-1098123456',
    title: 'Home Based Packing Job – Daily Earning 3000',
    present: ['Salary from', '60,000', 'Johar Town, Lahore', 'security deposit Rs 3,500'],
    absent: ['SELL', 'Related ads', 'Office Boy Required', 'Rs 32,000', 'Chat with seller', 'Sitemap'],
  },
];

describe('job-board adapters: the registry', () => {
  it('lists every adapter once', () => {
    expect(jobBoardAdapters).toEqual([linkedinJob, indeed, glassdoor, jobstreet, naukri, brightermonday, craigslist, olx]);
    expect(new Set(jobBoardAdapters.map((a) => a.id)).size).toBe(jobBoardAdapters.length);
    for (const a of jobBoardAdapters) expect(a.mode).toBe('posting');
  });
});

describe('job-board adapters: which pages they take', () => {
  const hosts: [SiteAdapter, string[], string[]][] = [
    [linkedinJob, ['www.linkedin.com', 'linkedin.com', 'uk.linkedin.com', 'id.linkedin.com'], ['linkedin.com.evil.example', 'evil-linkedin.com', 'linkedin.co', 'www.linkedin.com.ph.jobs-apply.example']],
    [indeed, ['www.indeed.com', 'ph.indeed.com', 'uk.indeed.com', 'www.indeed.co.uk', 'www.indeed.com.sg', 'de.indeed.com', 'www.indeed.de'], ['indeed.com.evil.example', 'myindeed.com', 'indeed-jobs.com', 'indeed.com-apply.example']],
    [glassdoor, ['www.glassdoor.com', 'www.glassdoor.sg', 'www.glassdoor.co.in', 'www.glassdoor.com.au', 'www.glassdoor.ca'], ['glassdoor.com.evil.example', 'glassdoors.com', 'notglassdoor.com']],
    [jobstreet, ['id.jobstreet.com', 'ph.jobstreet.com', 'www.jobstreet.com.my', 'www.jobstreet.co.id', 'hk.jobsdb.com', 'th.jobsdb.com', 'www.seek.com.au', 'www.seek.co.nz'], ['jobstreet.com.evil.example', 'jobstreet-id.com', 'seek.com.au.apply.example', 'myjobsdb.com']],
    [naukri, ['www.naukri.com', 'naukri.com'], ['naukri.com.evil.example', 'naukri-jobs.com', 'naukri.co']],
    [brightermonday, ['www.brightermonday.co.ke', 'www.brightermonday.co.ug', 'www.brightermonday.co.tz', 'www.jobberman.com', 'www.jobberman.com.gh'], ['brightermonday.co.ke.evil.example', 'brightermonday-ke.com', 'jobberman.com.evil.example']],
    [craigslist, ['bangkok.craigslist.org', 'losangeles.craigslist.org', 'craigslist.org'], ['craigslist.org.evil.example', 'craigslist-jobs.org', 'notcraigslist.org']],
    [olx, ['www.olx.co.id', 'www.olx.in', 'www.olx.com.pk', 'sp.olx.com.br', 'www.olx.ro', 'www.olx.pl', 'www.olx.ua', 'www.olx.kz', 'www.olx.uz'], ['olx.co.id.evil.example', 'olx-id.com', 'myolx.pl', 'olx.com.evil.example']],
  ];
  for (const [adapter, good, bad] of hosts) {
    it(`${adapter.id}: its own hosts and not lookalikes`, () => {
      for (const h of good) expect(adapter.hosts.test(h), h).toBe(true);
      for (const h of bad) expect(adapter.hosts.test(h), h).toBe(false);
    });
  }

  it('each fixture URL is taken by its adapter and by no other', () => {
    for (const c of CASES) {
      const url = new URL(c.url);
      expect(applies(c.adapter, url), c.file).toBe(true);
      for (const other of jobBoardAdapters) if (other !== c.adapter) expect(applies(other, url), `${other.id} on ${c.file}`).toBe(false);
    }
  });

  it('path filters keep them off the same site\'s other pages', () => {
    expect(applies(linkedinJob, new URL('https://www.linkedin.com/feed/'))).toBe(false);
    expect(applies(naukri, new URL('https://www.naukri.com/mnjuser/homepage'))).toBe(false);
    expect(applies(brightermonday, new URL('https://www.brightermonday.co.ke/jobs'))).toBe(false);
    expect(applies(craigslist, new URL('https://bangkok.craigslist.org/search/jjj'))).toBe(false);
    expect(applies(glassdoor, new URL('https://www.glassdoor.com/Reviews/index.htm'))).toBe(false);
  });
});

describe.each(CASES)('$file', (c) => {
  const url = new URL(c.url);
  const items = c.adapter.extract(load(c.file), url);
  const item = items[0]!;

  it('extracts exactly the posting', () => {
    expect(items).toHaveLength(1);
    expect(item.kind).toBe('posting');
    expect(item.title).toBe(c.title);
    expect(item.text.startsWith(c.title)).toBe(true);
    for (const s of c.present) expect(item.text, s).toContain(s);
    for (const s of c.absent) expect(item.text, s).not.toContain(s);
  });

  it('reads only text on the page, part by part', () => {
    expectFaithful(item);
  });

  it('keys the posting by its job id, the same on every read', () => {
    expect(item.key).toContain(`:${c.id}:`);
    expect(c.adapter.extract(load(c.file), url)[0]!.key).toBe(item.key);
  });

  it(`is judged ${c.kind === 'genuine' ? 'low' : 'caution or high'}`, () => {
    const v = verdict(item);
    if (c.kind === 'genuine') expect(v.level, v.signals).toBe('low');
    else expect(['caution', 'high'], v.signals).toContain(v.level);
  });
});

describe('job-board adapters: keys and changes', () => {
  it('no two postings share a key', () => {
    const keys = CASES.map((c) => c.adapter.extract(load(c.file), new URL(c.url))[0]?.key);
    expect(new Set(keys).size).toBe(CASES.length);
  });

  it('a pane whose text changed gets a new key (it is scored again)', () => {
    const c = CASES.find((x) => x.file === 'linkedin-search-lure.html')!;
    const doc = load(c.file);
    const before = linkedinJob.extract(doc, new URL(c.url))[0]!.key;
    doc.querySelector('#job-details p')!.append(' Updated.');
    expect(linkedinJob.extract(doc, new URL(c.url))[0]!.key).not.toBe(before);
  });

  it('a search pane still loading, or with no job picked, gives nothing', () => {
    const doc = load('linkedin-search-lure.html');
    doc.querySelector('#job-details')!.replaceChildren();
    expect(linkedinJob.extract(doc, new URL('https://www.linkedin.com/jobs/search/?currentJobId=4402277815'))).toEqual([]);
    const js = load('jobstreet-search-genuine.html');
    js.querySelector('[data-automation="splitViewJobDetailsWrapper"]')!.replaceChildren();
    expect(jobstreet.extract(js, new URL('https://ph.jobstreet.com/room-attendant-jobs'))).toEqual([]);
  });
});

describe('job-board adapters: fallbacks', () => {
  it('Indeed falls back to the JSON-LD posting when its component markup changes, still reading visible text', () => {
    const doc = load('indeed-viewjob-genuine.html');
    for (const el of doc.querySelectorAll('[id], [data-testid], [class]')) {
      el.removeAttribute('id');
      el.removeAttribute('data-testid');
      el.removeAttribute('class');
    }
    const [item] = indeed.extract(doc, new URL('https://ph.indeed.com/viewjob?jk=8c1f2a9b3d4e5f60'));
    expect(item?.key).toMatch(/^jsonld:/);
    expect(item!.text).toContain('BIR Form 2307');
    expect(item!.text).not.toContain('Explore other jobs');
    expectFaithful(item!);
  });

  it('Glassdoor reads the older #JDCol layout', () => {
    const doc = parse(`<div id="JDCol"><div data-test="employerName">Acme Pte Ltd</div><div data-test="jobTitle">Barista</div><div data-test="location">Singapore</div>
      <div id="JobDescriptionContainer"><div class="jobDescriptionContent desc">Make coffee for our customers at Raffles Place.</div></div></div>`);
    const [item] = glassdoor.extract(doc, new URL('https://www.glassdoor.sg/job-listing/barista-JV_KO0,7.htm?jl=1008'));
    expect(item?.text).toBe('Acme Pte Ltd\nSingapore\nMake coffee for our customers at Raffles Place.');
  });

  it('BrighterMonday falls back to JSON-LD and the article around it when the tab layout changes', () => {
    const html = fs.readFileSync(path.join(FIXTURES, 'brightermonday-lure.html'), 'utf8').replace('id="tab1"', 'id="panel"').replace('class="job__details"', 'class="x"');
    const doc = parse(html.replace('<main class="container mx-auto">', '<div class="container mx-auto">').replace('</main>', '</div>'));
    const [item] = brightermonday.extract(doc, new URL('https://www.brightermonday.co.ke/listings/customer-care-agents-thailand-x7k2dq'));
    expect(item?.key).toMatch(/^jsonld:/);
    expect(item!.title).toBe('Customer Care Agents – Thailand (Urgent)');
    expectFaithful(item!);
  });
});

describe('job-board adapters: odd and hostile pages', () => {
  const someUrl = (a: SiteAdapter) => new URL(CASES.find((c) => c.adapter === a)!.url);

  it('a page without the site\'s markup gives nothing, without throwing', () => {
    const pages = [
      '<h1>Banana bread</h1><p>Mix flour, sugar and three ripe bananas.</p>',
      '',
      '<div id="jobDescriptionText"></div><div data-automation="jobAdDetails">   </div><section id="postingbody"></section>',
      '<article><h1></h1></article><div itemscope itemtype="https://schema.org/JobPosting"></div>',
    ];
    for (const html of pages) {
      for (const a of jobBoardAdapters) expect(a.extract(parse(html), someUrl(a)), `${a.id}: ${html}`).toEqual([]);
      expect(jobPostingsFromMarkup(parse(html), new URL('https://example.org/'))).toEqual([]);
    }
  });

  it('an OLX ad outside the jobs category (a used car) is not read as a posting', () => {
    const html = fs.readFileSync(path.join(FIXTURES, 'olx-id-lure.html'), 'utf8')
      .replace('<li><a href="/lowongan_c4">Lowongan</a></li><li><a href="/customer-service_c100">Customer Service</a></li>', '<li><a href="/mobil-bekas_c198">Mobil Bekas</a></li>');
    expect(olx.extract(parse(html), new URL('https://www.olx.co.id/item/toyota-avanza-2019-iid-915000001'))).toEqual([]);
  });

  it('the Glassdoor bot check page is not a job', () => {
    const doc = parse('<html><head><title>Security | Glassdoor</title></head><body><h1>Help Us Protect Glassdoor</h1><p>Please help us protect Glassdoor by verifying that you\'re a real person.</p></body></html>');
    expect(glassdoor.extract(doc, new URL('https://www.glassdoor.com/job-listing/x-JV_KO0,1.htm?jl=1'))).toEqual([]);
  });

  /** A fixture with `depth` nested divs added after the ad, parsed as one page (happy-dom cannot attach so deep a tree to a live document). */
  const withDeep = (file: string, depth: number) =>
    parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8').replace('</body>', `${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}</body>`));
  const fileOf = (a: SiteAdapter) => CASES.find((c) => c.adapter === a)!.file;

  it('10,000 nested elements: every adapter and the generic path complete without throwing', () => {
    const started = Date.now();
    for (const a of jobBoardAdapters) expect(() => a.extract(withDeep(fileOf(a), 10_000), someUrl(a)), a.id).not.toThrow();
    expect(() => jobPostingsFromMarkup(withDeep('generic-jsonld-lure.html', 10_000), new URL('https://asiatalentlink.example/jobs/1184'))).not.toThrow();
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('nesting as deep as browsers\' parsers build (512): the ad is still found', () => {
    for (const a of jobBoardAdapters) expect(a.extract(withDeep(fileOf(a), 600), someUrl(a)), a.id).toHaveLength(1);
    expect(jobPostingsFromMarkup(withDeep('generic-jsonld-lure.html', 600), new URL('https://asiatalentlink.example/jobs/1184'))).toHaveLength(1);
  });

  it('10,000 nested elements around the description: no exception escapes', () => {
    const doc = parse(`<section id="postingbody">${'<div>'.repeat(10_000)}Send a registration fee.${'</div>'.repeat(10_000)}</section>`);
    const run = () => craigslist.extract(doc, new URL('https://bangkok.craigslist.org/csr/d/x/7801234567.html'));
    expect(run).not.toThrow();
  });

  it('a 5 MB description is read up to the engine\'s limit, in bounded time', () => {
    const huge = 'Free ticket and visa. '.repeat(240_000);
    const started = Date.now();
    const doc = load('indeed-viewjob-genuine.html');
    doc.querySelector('#jobDescriptionText')!.textContent = huge;
    const [item] = indeed.extract(doc, new URL('https://ph.indeed.com/viewjob?jk=8c1f2a9b3d4e5f60'));
    expect(item!.text.length).toBeLessThan(205_000);
    const ld = parse(`<main><h1>x</h1></main><script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'Big', description: `<p>${huge}</p>` })}</script>`);
    const [fromLd] = jobPostingsFromMarkup(ld, new URL('https://example.org/job/1'));
    expect(fromLd!.text.length).toBeLessThan(405_000);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('schema.org JobPosting: JSON-LD and microdata', () => {
  const url = new URL('https://board.example/jobs/1');
  const page = (ld: string, body = '<main><p>Welcome</p></main>') => parse(`<html><head><script type="application/ld+json">${ld}</script></head><body>${body}</body></html>`);

  it('@graph: the visible posting is read, JSON-LD only finds it and names it', () => {
    const doc = load('generic-jsonld-lure.html');
    const [item, ...rest] = jobPostingsFromMarkup(doc, new URL('https://asiatalentlink.example/jobs/1184'));
    expect(rest).toEqual([]);
    expectFaithful(item!);
    expect(item!.anchor).toBe(doc.querySelector('article'));
    expect(item!.parts.map((p) => p.el)).toEqual([doc.querySelector('h1'), doc.querySelector('.job-company'), doc.querySelector('.job-description')]);
    expect(item!.key).toMatch(/^jsonld:ATL-1184:/);
    expect(item!.text).toContain('Age 20–35');
    expect(item!.text).not.toContain('Latest jobs');
    expect(item!.text).not.toContain('per MONTH'); // the JSON-LD salary is not on the page
    const v = verdict(item!);
    expect(['caution', 'high'], v.signals).toContain(v.level);
  });

  it('a top-level array; a posting shown nowhere on the page is read from JSON-LD, with no parts to highlight', () => {
    const doc = page(JSON.stringify([
      { '@type': 'Organization', name: 'Board' },
      { '@type': 'JobPosting', title: 'Kitchen Porter', hiringOrganization: { name: 'The Anchor Inn' }, jobLocation: [{ address: { addressLocality: 'Galway', addressCountry: { name: 'Ireland' } } }], baseSalary: { currency: 'EUR', value: { minValue: 13.5, maxValue: 14, unitText: 'HOUR' } }, description: 'Washing up and <b>keeping the kitchen clean</b>.' },
    ]));
    const [item] = jobPostingsFromMarkup(doc, url);
    expect(item!.text).toBe('Kitchen Porter\nThe Anchor Inn\nGalway, Ireland\nEUR 13.5–14 per HOUR\nWashing up and keeping the kitchen clean.');
    expect(item!.parts).toEqual([]);
    expect(item!.anchor).toBe(doc.querySelector('main'));
    expect(item!.title).toBe('Kitchen Porter');
  });

  it('a malformed block next to a valid one is skipped without throwing', () => {
    const doc = parse(`<script type="application/ld+json">{"@type": "JobPosting", "title": "Broken",}</script>
      <script type="application/ld+json">{"@type": "JobPosting", "title": "Driver", "description": "Deliver parcels in Kampala."}</script><main></main>`);
    expect(jsonLdJobPostings(doc).map((p) => p.title)).toEqual(['Driver']);
    expect(jobPostingsFromMarkup(doc, url).map((i) => i.title)).toEqual(['Driver']);
  });

  it('an HTML-escaped description becomes plain text, entities decoded, nothing inserted into the page', () => {
    const doc = page(JSON.stringify({ '@type': 'JobPosting', title: 'Cook', description: '&lt;p&gt;Line one&lt;/p&gt;&lt;p&gt;Caf&amp;eacute; &amp;amp; bar&lt;/p&gt;&lt;img src=x onerror="window.__lw=1"&gt;&lt;script&gt;window.__lw=2&lt;/script&gt;' }));
    const [item] = jobPostingsFromMarkup(doc, url);
    expect(item!.text).toBe('Cook\nLine one\nCafé & bar');
    expect(doc.querySelector('img')).toBeNull();
    expect((globalThis as { __lw?: number }).__lw).toBeUndefined();
    expect(htmlToText('<p>a &amp; b</p><ul><li>one</li><li>two</li></ul>')).toBe('a & b\none\ntwo');
  });

  it('@type arrays and a posting nested as mainEntity are found', () => {
    const doc = page(JSON.stringify({ '@type': 'WebPage', mainEntity: { '@type': ['JobPosting'], title: 'Nurse', description: 'Night shifts.' } }));
    expect(jsonLdJobPostings(doc).map((p) => p.title)).toEqual(['Nurse']);
  });

  it('microdata: the marked visible elements are the item, the organisation\'s own fields are not mixed in', () => {
    const doc = load('generic-microdata-genuine.html');
    const [item, ...rest] = jobPostingsFromMarkup(doc, new URL('https://coastlinefreight.co.ke/careers/cf-ops-2025-014'));
    expect(rest).toEqual([]);
    expectFaithful(item!);
    expect(item!.title).toBe('Warehouse Supervisor');
    expect(item!.key).toMatch(/^microdata:CF-OPS-2025-014:/);
    expect(item!.text.split('\n').slice(0, 4)).toEqual(['Warehouse Supervisor', 'Coastline Freight Ltd', 'Changamwe, Mombasa', 'KES 85,000 – 110,000 gross per month']);
    expect(item!.text).not.toContain('Other vacancies');
    expect(item!.anchor).toBe(doc.querySelector('[itemscope][itemtype$="JobPosting"]'));
    const v = verdict(item!);
    expect(v.level, v.signals).toBe('low');
  });
});

/** The saved real pages beside the checkout (see ../shared/pages/PROVENANCE.tsv); read, never copied here. */
const REAL = path.join(HERE, '../../../shared/pages');
const haveReal = fs.existsSync(path.join(REAL, 'PROVENANCE.tsv'));

describe.skipIf(!haveReal)('real saved pages', () => {
  const real = (f: string) => parse(fs.readFileSync(path.join(REAL, f), 'utf8'));

  it('LinkedIn guest job page', () => {
    const [item, ...rest] = linkedinJob.extract(real('linkedin_jobview_au_4411867124.html'), new URL('https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124'));
    expect(rest).toEqual([]);
    expect(item!.title).toBe('Senior Software Engineer - Developer Experience');
    expect(item!.key).toContain(':4411867124:');
    expect(item!.text).toContain('Melbourne, Victoria, Australia');
    expect(item!.text).toContain('Heidi is building an AI Care Partner');
    expect(item!.text).not.toContain('Similar jobs');
    expect(item!.text).not.toContain('Join or sign in');
    expectFaithful(item!);
  });

  it('LinkedIn guest search pages with no job open give nothing', () => {
    for (const f of ['linkedin_search_results_in_python_developer.html', 'linkedin_search_results_id_software_engineer.html']) {
      expect(linkedinJob.extract(real(f), new URL('https://in.linkedin.com/jobs/python-developer-jobs'))).toEqual([]);
    }
  });

  it('Indeed job page, by its markup and by its JSON-LD', () => {
    const doc = real('indeed_viewjob_au_54f1f8af68d722d2.html');
    const url = new URL('https://au.indeed.com/viewjob?jk=54f1f8af68d722d2');
    const [item] = indeed.extract(doc, url);
    expect(item!.title).toBe('Senior DevOps Engineer');
    for (const s of ['PaperCut Software', 'Camberwell VIC 3124', '$130,000 - $160,000 a year', 'Ghosting is for Halloween']) expect(item!.text).toContain(s);
    expect(item!.text).not.toContain('Read what people are saying');
    expectFaithful(item!);
    const [fromLd] = jobPostingsFromMarkup(doc, url);
    const description = fromLd!.parts.at(-1)!;
    expect(doc.querySelector('#jobDescriptionText')!.contains(description.el)).toBe(true);
    expect(description.end - description.start).toBeGreaterThan(3000);
    expectFaithful(fromLd!);
  });

  it('SEEK job page (the JobStreet front end)', () => {
    const [item] = jobstreet.extract(real('seek_jobview_au_93856863.html'), new URL('https://www.seek.com.au/job/93856863'));
    expect(item!.title).toBe('Senior Platform Engineer | Remote | Australia');
    expect(item!.key).toContain(':93856863:');
    expect(item!.text).toContain('iterate');
    expect(item!.text).toContain('Melbourne VIC (Remote)');
    expect(item!.text).not.toContain('Be careful');
    expectFaithful(item!);
  });

  it('JobStreet search page with no job open, and the Glassdoor bot check, give nothing', () => {
    expect(jobstreet.extract(real('jobstreet_id_search_results.html'), new URL('https://id.jobstreet.com/id/jobs'))).toEqual([]);
    expect(glassdoor.extract(real('glassdoor_bot_check_interstitial.html'), new URL('https://www.glassdoor.com/job-listing/x.htm?jl=1'))).toEqual([]);
  });

  it('the generic path does not throw on any saved page', () => {
    for (const f of fs.readdirSync(REAL).filter((n) => n.endsWith('.html'))) {
      expect(() => jobPostingsFromMarkup(real(f), new URL('https://example.org/'))).not.toThrow();
    }
  });
});
