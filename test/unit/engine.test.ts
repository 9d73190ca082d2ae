/** What a user relies on from the engine, checked on the bundled list. */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check';
import type { CheckResult } from '../../src/engine/types';
import { coreList } from '../helpers/lists';

const run = (text: string, extra: Partial<Parameters<typeof check>[1]> = {}) => check(coreList(), { text, ...extra });
const ids = (r: CheckResult) => new Set(r.signals.map((s) => s.indicator));

function expectTrueQuotes(text: string, r: CheckResult) {
  for (const s of [...r.signals, ...r.mitigations]) {
    expect(text.slice(s.start, s.end), s.indicator).toBe(s.evidence);
    expect(s.evidence.length).toBeGreaterThan(0);
  }
}

const LURE = `URGENT HIRING!!! Customer Service Representative in Thailand 🇹🇭
Salary USD 1,200/month, no experience needed, basic English only.
✔ Free air ticket ✔ free accommodation and food ✔ tourist visa, company will convert it
Fly to Bangkok, our driver will pick you up at the airport and bring you to the office near the border.
Interested? Contact HR on Telegram @hr_mike_jobs`;

const TASK_SCAM = `Hi! I'm Sandra from a recruitment agency. We have a part-time remote job: app optimization, you rate products and earn commission, $300-$800 per day. You need to recharge your account with USDT to unlock the tasks. Reply on WhatsApp.`;

const GENUINE = `Registered Nurse – Intensive Care Unit
St. Mary's Hospital, 12 Harbour Road, Wellington
Requirements: Bachelor of Nursing, current practising certificate, minimum 2 years ICU experience.
Salary: NZD 85,000–98,000 per year. Apply through our careers website or email recruitment@stmarys.example.org.
Interviews are held in person at the hospital.`;

const ARTICLE = `Police warn jobseekers about fake overseas offers. Victims were promised a high salary and free air tickets for customer service jobs in Thailand, then taken across the border to Myawaddy, where their passports were confiscated. The embassy said 40 victims were rescued last month and urged people to check recruiters with the labour ministry. Authorities arrested two recruiters.`;

describe('engine on the bundled list', () => {
  it('flags a classic compound lure as high, as a trafficking lure, quoting the ad', () => {
    const r = run(LURE);
    expect(r.level).toBe('high');
    expect(r.family).toBe('trafficking-lure');
    expect(r.lang).toBe('en');
    for (const id of ['visa.tourist-for-work', 'benefits.all-paid', 'requirements.no-experience']) expect(ids(r)).toContain(id);
    expectTrueQuotes(LURE, r);
  });

  it('tells a task scam from a trafficking lure', () => {
    const r = run(TASK_SCAM);
    expect(r.level).not.toBe('low');
    expect(r.family).toBe('job-scam');
    expect(ids(r)).toContain('scam.task');
    expectTrueQuotes(TASK_SCAM, r);
  });

  it('leaves a genuine job alone', () => {
    const r = run(GENUINE);
    expect(r.level).toBe('low');
    expect(r.family).toBeNull();
  });

  it('does not flag a news report that quotes every red flag', () => {
    const r = run(ARTICLE);
    expect(r.level).toBe('low');
    expect(r.mitigations.some((m) => m.indicator === 'context.report')).toBe(true);
    expectTrueQuotes(ARTICLE, r);
  });

  it('is not talked down by a recruiter who says it is not a scam', () => {
    const r = run(LURE + '\nThis is not a scam, 100% legit company!');
    expect(r.level).toBe('high');
  });

  it('sees through look-alike spellings and still quotes the original', () => {
    const text = 'Work in K.K P@rk, free ticket, contact on T3legram only, no experience needed';
    const r = run(text);
    const zone = r.signals.find((s) => s.indicator === 'destination.compound-zone');
    expect(zone?.evidence).toBe('K.K P@rk');
    expectTrueQuotes(text, r);
  });

  it('matches Vietnamese typed without diacritics', () => {
    const withMarks = run('Tuyển gấp việc nhẹ lương cao ở Campuchia, bao vé máy bay, không cần kinh nghiệm');
    const without = run('Tuyen gap viec nhe luong cao o Campuchia, bao ve may bay, khong can kinh nghiem');
    expect(without.level).toBe(withMarks.level);
    expect([...ids(without)].sort()).toEqual([...ids(withMarks)].sort());
    expect(without.level).not.toBe('low');
  });

  it('matches Chinese and Thai without word boundaries', () => {
    const zh = run('高薪招聘客服，月薪3万，包吃包住，包机票，无需经验，地点西港');
    expect(zh.level).toBe('high');
    expect(zh.lang).toBe('zh');
    const th = run('รับสมัครแอดมินออนไลน์ ตอบแชทลูกค้า ไม่ต้องมีประสบการณ์ เงินเดือนสูง มีที่พักและอาหารให้ ทำงานที่เมียวดี');
    expect(th.level).toBe('high');
  });

  it('finds outsized pay for easy work abroad, quoting the amount', () => {
    const text = 'Data entry job in Cambodia, no experience required. Salary: USD 1,500 per month.';
    const r = run(text);
    const pay = r.signals.find((s) => s.indicator === 'salary.outsized');
    expect(pay?.evidence).toBe('USD 1,500 per month');
  });

  it('does not count pay that is normal for the job', () => {
    const r = run('Waiter wanted in Kampala, no experience needed. Pay: UGX 450,000 per month plus tips.');
    expect(ids(r)).not.toContain('salary.outsized');
  });

  it('flags contact numbers in compound countries but not in the reader\'s own country', () => {
    expect(ids(run('Job in Cambodia, no experience needed, WhatsApp +855 96 555 0142'))).toContain('contact.foreign-phone');
    expect(ids(run('รับสมัครพนักงาน ติดต่อ +66 81 555 0199', { lang: 'th' }))).not.toContain('contact.foreign-phone');
  });

  it('ignores a red flag that the ad itself disowns', () => {
    const r = run('Hotel staff for Dubai. Please do not travel on a tourist visa: the hotel processes your employment visa before you fly.');
    expect(ids(r)).not.toContain('visa.tourist-for-work');
  });

  it('does not warn on weak signals alone, however many (a job board listing many jobs)', () => {
    const r = run('Call Center Agent - Bangkok, Thailand. Urgent hiring! Technical Support - Kuala Lumpur, Malaysia. Apply now, expires in 5 days. Data Entry Clerk - Hong Kong.');
    expect(r.signals.length).toBeGreaterThan(2);
    expect(r.level).toBe('low');
  });

  it('reads typographic apostrophes in negations', () => {
    expect(ids(run('Be careful: Don’t provide your bank or credit card details when applying for jobs.'))).not.toContain('scam.identity-harvest');
  });

  it('still counts a red flag when the negation belongs to a condition', () => {
    const r = run('Fly to Bangkok this week on a tourist visa. If you do not reply today, we give the slot to another applicant.');
    expect(ids(r)).toContain('visa.tourist-for-work');
    expect(ids(run('If you don\'t come on a tourist visa the company cannot take you to Cambodia.'))).toContain('visa.tourist-for-work');
  });

  it('reads negations that follow the verb, as Hindi and Bengali put them', () => {
    const fee = (r: CheckResult) => ids(r).has('scam.fee-amount') || ids(r).has('scam.advance-fee');
    expect(fee(run('विदेश में नौकरी, रजिस्ट्रेशन फीस ₹5,000 जमा करनी होगी', { lang: 'hi' }))).toBe(true);
    expect(fee(run('विदेश में नौकरी, कोई रजिस्ट्रेशन फीस नहीं, कंपनी सब खर्च उठाती है', { lang: 'hi' }))).toBe(false);
  });

  it('quotes an amount the applicant must pay, but not the pay itself', () => {
    const text = 'Hiring cleaners for Poland. Salary €1,500 per month. Pay a processing fee of KSh 12,500 via M-Pesa first.';
    const fee = run(text).signals.find((s) => s.indicator === 'scam.fee-amount' || s.indicator === 'scam.advance-fee');
    expect(fee?.evidence).toContain('fee of KSh 12,500');
    expect(ids(run('Cleaners for Poland, €1,500 a month. Deposit: KSh 8,000, then the visa comes in 3 weeks.'))).toContain('scam.fee-amount');
    expect(ids(run('Pay: KES 32,000 per month, paid on the 28th.'))).not.toContain('scam.fee-amount');
  });

  it('keeps a signal per piece of text: overlapping quotes are not counted twice', () => {
    const r = run('Office job in Myawaddy with free accommodation');
    const spans = r.signals.map((s) => [s.start, s.end]);
    for (let i = 0; i < spans.length; i++)
      for (let j = i + 1; j < spans.length; j++) expect(spans[i]![0]! < spans[j]![1]! && spans[j]![0]! < spans[i]![1]!).toBe(false);
  });

  it('survives hostile input: empty, huge, binary-looking', () => {
    expect(run('').level).toBe('low');
    const huge = 'lorem ipsum dolor '.repeat(600_000); // ~10 MB
    const r = run(huge + LURE);
    expect(r.level).toBe('low'); // the lure is past the limit and is not read; nothing breaks
    expect(run('\u0000\uffff\ud800'.repeat(1000)).level).toBe('low');
  });

  it('scores the same text the same way every time (pure)', () => {
    expect(run(LURE)).toEqual(run(LURE));
  });
});
