// @vitest-environment happy-dom
/**
 * What the feed, chat and webmail adapters hand to scoring, on pages modelled on each site: one item per post, the
 * other party's messages as one conversation (never our own), the open email only; and what the engine then says.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check';
import { MAX_CONVERSATION_MESSAGES } from '../../src/extract/sites/feed-chat-items';
import { facebookAdapter } from '../../src/extract/sites/facebook';
import { feedChatAdapters } from '../../src/extract/sites/feeds-chats';
import { gmailAdapter } from '../../src/extract/sites/gmail';
import { linkedinMessagingAdapter } from '../../src/extract/sites/linkedin-messaging';
import { messengerAdapter } from '../../src/extract/sites/messenger';
import { outlookAdapter } from '../../src/extract/sites/outlook';
import { telegramPreviewAdapter } from '../../src/extract/sites/telegram-preview';
import { telegramWebAdapter } from '../../src/extract/sites/telegram-web';
import { whatsappAdapter } from '../../src/extract/sites/whatsapp';
import { elementText } from '../../src/extract/text';
import type { Item, SiteAdapter } from '../../src/extract/types';
import { coreList } from '../helpers/lists';

function load(name: string): Document {
  const html = readFileSync(`test/fixtures/pages/sites/${name}.html`, 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const matches = (a: SiteAdapter, href: string) => {
  const u = new URL(href);
  return a.hosts.test(u.hostname) && (!a.paths || a.paths.test(u.pathname));
};
const score = (item: Item) => check(coreList(), { text: item.text, title: item.title, url: item.url });
const risky = (item: Item) => ['caution', 'high'].includes(score(item).level);

/** The contract every item keeps: parts are the anchor's elements, in order, and their texts are slices of the text. */
function expectSoundParts(item: Item) {
  let last = 0;
  expect(item.parts.length).toBeGreaterThan(0);
  for (const p of item.parts) {
    expect(p.start).toBeGreaterThanOrEqual(last);
    expect(item.text.slice(p.start, p.end)).toBe(elementText(p.el));
    expect(item.anchor.contains(p.el)).toBe(true);
    last = p.end;
  }
}

describe('which adapter serves a page', () => {
  const table: [SiteAdapter, string[], string[]][] = [
    [facebookAdapter, ['https://www.facebook.com/groups/lokerluarnegeri/', 'https://m.facebook.com/groups/1/permalink/2/', 'https://facebook.com/marketplace/item/884412309981234/'],
      ['https://www.facebook.com.evil.example/groups/1/', 'https://notfacebook.com/groups/1/', 'https://www.facebook.com/messages/t/100055544433322']],
    [messengerAdapter, ['https://www.messenger.com/t/100091122334455/', 'https://www.facebook.com/messages/t/100055544433322', 'https://www.messenger.com/e2ee/t/77001/'],
      ['https://www.messenger.com.evil.example/t/1/', 'https://evilmessenger.com/t/1/', 'https://www.facebook.com/groups/1/']],
    [telegramWebAdapter, ['https://web.telegram.org/k/#@hr_lina_recruit', 'https://web.telegram.org/a/#-1002044556677'],
      ['https://web.telegram.org.evil.example/k/', 'https://web-telegram.org/k/', 'https://telegram.org/k/']],
    [telegramPreviewAdapter, ['https://t.me/s/asia_jobs_board', 'https://telegram.me/s/asia_jobs_board'],
      ['https://t.me.evil.example/s/asia_jobs_board', 'https://evilt.me/s/x', 'https://t.me/asia_jobs_board']],
    [whatsappAdapter, ['https://web.whatsapp.com/'], ['https://web.whatsapp.com.evil.example/', 'https://web-whatsapp.com/', 'https://whatsapp.com/']],
    [linkedinMessagingAdapter, ['https://www.linkedin.com/messaging/thread/2-ZmE3NzAxMjM0/', 'https://linkedin.com/messaging/thread/2-QmI4/'],
      ['https://www.linkedin.com.evil.example/messaging/thread/1/', 'https://linkedin.com-jobs.example/messaging/thread/1/', 'https://www.linkedin.com/jobs/view/1/']],
    [gmailAdapter, ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxyz'], ['https://mail.google.com.evil.example/mail/u/0/', 'https://mail-google.com/mail/u/0/']],
    [outlookAdapter, ['https://outlook.live.com/mail/0/inbox/id/AQMk', 'https://outlook.office.com/mail/', 'https://outlook.office365.com/mail/inbox'],
      ['https://outlook.live.com.evil.example/mail/', 'https://outlook.example.com/mail/', 'https://www.outlook.com.evil.example/mail/']],
  ];
  for (const [adapter, good, bad] of table) {
    it(`${adapter.id}: its own pages, not lookalike hosts`, () => {
      for (const href of good) expect(matches(adapter, href), href).toBe(true);
      for (const href of bad) expect(matches(adapter, href), href).toBe(false);
    });
  }

  it('every page is served by exactly one of these adapters', () => {
    for (const href of table.flatMap(([, good]) => good)) {
      expect(feedChatAdapters.filter((a) => matches(a, href)).map((a) => a.id), href).toHaveLength(1);
    }
  });
});

interface FeedCase {
  file: string;
  adapter: SiteAdapter;
  url: string;
  /** Per post in page order: how its text starts, and whether it should warn. */
  posts: { starts: string; risky: boolean; has?: string[]; key?: string }[];
  /** Text on the page that belongs to no post: comments, sidebars, composers, channel descriptions. */
  absent: string[];
}

const feeds: FeedCase[] = [
  {
    file: 'facebook-desktop-group-feed', adapter: facebookAdapter, url: 'https://www.facebook.com/groups/lokerluarnegeri/',
    posts: [
      { starts: 'Rina Agency Resmi\nDIBUTUHKAN SEGERA', risky: true, has: ['Kirim foto paspor'], key: '1183345098765432' },
      { starts: 'Yusuf Hidayat\nAda yang tahu', risky: false, key: '1183298887654321' },
      { starts: 'HRD PT Sinar Logistik\nLowongan Staf Admin Gudang', risky: false },
    ],
    absent: ['Hati-hati ini penipuan', 'Minat kak', 'Tulis komentar', 'Kursus bahasa Korea', 'Tulis sesuatu', 'TKI Formosa', 'membagikan foto'],
  },
  {
    file: 'facebook-mobile-group-feed', adapter: facebookAdapter, url: 'https://m.facebook.com/groups/vieclamnuocngoai/',
    posts: [
      // The rest of a truncated post is in the DOM behind "Xem thêm": it is read.
      { starts: 'Hoàng Anh Tuyển Dụng\nTUYỂN GẤP', risky: true, has: ['Đi bằng visa du lịch', 'gửi ảnh hộ chiếu'], key: '2291847736650012' },
      { starts: 'Nguyễn Thu Hà\nCả nhà ơi', risky: false, key: '2291700012345678' },
      { starts: 'Trần Minh Đức\nAi ở Bình Dương', risky: false, has: ['Công ty TNHH May Phú Thành tuyển 30 công nhân'], key: '2291655598765432' },
    ],
    absent: ['Bạn viết gì đi', '56 lượt thích', 'Bình luận', 'đã chia sẻ', 'đăng nhập'],
  },
  {
    // A genuine agency post whose comments hold a recruiter's lure: the lure is not the post's.
    file: 'facebook-desktop-post-permalink', adapter: facebookAdapter, url: 'https://www.facebook.com/groups/ofwjobshiring/posts/778812345601234/',
    posts: [{ starts: 'Luzon Manpower Services Inc.\nNOW HIRING: Staff Nurses', risky: false, has: ['DMW License No.'], key: '778812345601234' }],
    absent: ['Hiring din kami sa Cambodia', 'Please ignore this comment', 'fresh grad', 'Write a comment', 'NCLEX'],
  },
  {
    file: 'telegram-preview-jobs-channel', adapter: telegramPreviewAdapter, url: 'https://t.me/s/asia_jobs_board',
    posts: [
      { starts: 'Asia Jobs Board\n🔥 URGENT: Typing job near the Thai border', risky: true, key: 'asia_jobs_board/1207' },
      { starts: 'Asia Jobs Board\n新加坡樟宜机场附近酒店招聘前台接待', risky: false, key: 'asia_jobs_board/1208' },
      // A reply quotes the lure; the quote is the earlier post's, not this one's.
      { starts: 'Asia Jobs Board\nUpdate: this job is full now', risky: false, key: 'asia_jobs_board/1209' },
    ],
    absent: ['High salary, free visa', 'subscribers', 'Search', 'Company in Myawaddy needs 50 chat agents…'],
  },
  {
    file: 'telegram-webk-channel', adapter: telegramWebAdapter, url: 'https://web.telegram.org/k/#@rabota_zarubezhom',
    posts: [
      { starts: '🔥 Требуются операторы чата', risky: true, key: '@rabota_zarubezhom:8801' },
      { starts: 'Напоминаем: перед поездкой', risky: false, key: '@rabota_zarubezhom:8802' },
      { starts: 'Вакансия: сварщик MIG/MAG в Польшу', risky: false, key: '@rabota_zarubezhom:8803' },
    ],
    absent: ['Ок, до завтра', 'June 10', 'Mute', 'subscribers'],
  },
  {
    file: 'telegram-weba-channel-task-scam', adapter: telegramWebAdapter, url: 'https://web.telegram.org/a/#-1002044556677',
    posts: [
      { starts: '📢 Part-time job, work from your phone!', risky: true, key: '-1002044556677:301' },
      { starts: 'Good morning everyone', risky: false, key: '-1002044556677:302' },
    ],
    absent: ['Call me when', 'Payment proof', 'subscribers', 'Mute'],
  },
];

describe('feeds: one item per post, the post\'s words only', () => {
  for (const c of feeds) {
    describe(c.file, () => {
      const doc = load(c.file);
      const url = new URL(c.url);
      const items = c.adapter.extract(doc, url);

      it('is served by its adapter', () => expect(matches(c.adapter, c.url)).toBe(true));

      it('gives one post item per post, in page order, with sound parts', () => {
        expect(items.map((i, n) => i.text.slice(0, c.posts[n]?.starts.length))).toEqual(c.posts.map((p) => p.starts));
        items.forEach((item, n) => {
          const want = c.posts[n]!;
          expect(item.kind).toBe('post');
          expect(item.text.startsWith(want.starts)).toBe(true);
          for (const h of want.has ?? []) expect(item.text).toContain(h);
          if (want.key) expect(item.key).toBe(want.key);
          expectSoundParts(item);
        });
      });

      it('leaves out comments, sidebars and composers', () => {
        for (const item of items) for (const a of c.absent) expect(item.text).not.toContain(a);
      });

      it('keeps each post\'s key across extractions, and keys differ between posts', () => {
        const again = c.adapter.extract(doc, url).map((i) => i.key);
        expect(again).toEqual(items.map((i) => i.key));
        expect(new Set(again).size).toBe(again.length);
      });

      it('warns on the risky posts only', () => {
        expect(items.map(risky)).toEqual(c.posts.map((p) => p.risky));
      });
    });
  }

  it('facebook: a post keyed by its permalink carries it as its url, without tracking parameters', () => {
    const [lure] = facebookAdapter.extract(load('facebook-desktop-group-feed'), new URL('https://www.facebook.com/groups/lokerluarnegeri/'));
    expect(lure!.url).toBe('https://www.facebook.com/groups/lokerluarnegeri/posts/1183345098765432/');
  });

  it('facebook: a post without an id is keyed by its text', () => {
    const doc = load('facebook-desktop-group-feed');
    const url = new URL('https://www.facebook.com/groups/lokerluarnegeri/');
    const key = facebookAdapter.extract(doc, url)[2]!.key;
    const text = doc.querySelectorAll('[aria-posinset="3"] [dir="auto"]')[0]!;
    text.textContent = 'Lowongan Staf Admin Gudang – diperpanjang';
    expect(facebookAdapter.extract(doc, url)[2]!.key).not.toBe(key);
  });

  it('facebook: a Marketplace listing is one posting with its title, without the message box or other listings', () => {
    const url = new URL('https://www.facebook.com/marketplace/item/884412309981234/');
    const items = facebookAdapter.extract(load('facebook-marketplace-task-scam'), url);
    expect(items).toHaveLength(1);
    const [item] = items as [Item];
    expect(item.kind).toBe('posting');
    expect(item.title).toBe('Online Job – Work From Home (Like & Follow Tasks)');
    expect(item.url).toBe('https://www.facebook.com/marketplace/item/884412309981234/');
    expect(item.text).toContain('mag-like at mag-follow ng YouTube videos');
    for (const a of ['is this still available', 'Office chair', 'Rice cooker', 'Seller information', 'Browse all']) expect(item.text).not.toContain(a);
    expectSoundParts(item);
    expect(risky(item)).toBe(true);
  });

  it('telegram preview: a trimmed page with bare message texts still gives one post each', () => {
    const doc = parse('<div class="tgme_widget_message_text">First post</div><div class="tgme_widget_message_text">Second post</div>');
    expect(telegramPreviewAdapter.extract(doc, new URL('https://t.me/s/x')).map((i) => i.text)).toEqual(['First post', 'Second post']);
  });

  it('telegram web: a new channel post is a new item; the others keep their keys', () => {
    const doc = load('telegram-webk-channel');
    const url = new URL('https://web.telegram.org/k/#@rabota_zarubezhom');
    const before = telegramWebAdapter.extract(doc, url).map((i) => i.key);
    const last = doc.querySelector('.bubble[data-mid="8803"]')!;
    const post = last.cloneNode(true) as Element;
    post.setAttribute('data-mid', '8804');
    post.querySelector('.message')!.textContent = 'Новая вакансия: повар в Вильнюс.';
    last.after(post);
    const after = telegramWebAdapter.extract(doc, url).map((i) => i.key);
    expect(after).toEqual([...before, '@rabota_zarubezhom:8804']);
  });
});

interface ChatCase {
  file: string;
  adapter: SiteAdapter;
  url: string;
  /** How each incoming message starts, oldest first. */
  incoming: string[];
  /** Our own messages, composer drafts, other chats' previews: never in the conversation. */
  absent: string[];
  risky: boolean;
  /** A message row, the text element inside it, and what marks one of ours. */
  row: string;
  text: string;
  own: string;
}

const WEBK = { row: '.bubble', text: '.message', own: '.bubble.is-out' };
const WEBA = { row: '.Message', text: '.text-content', own: '.Message.own' };
const WHATSAPP = { row: '[role="row"]', text: 'span.selectable-text', own: '[data-id^="true_"]' };
const MESSENGER = { row: '[role="row"]', text: '[role="gridcell"] [dir="auto"]', own: '.x13a6bvl' };
const LINKEDIN = { row: '.msg-s-message-list__event', text: '.msg-s-event-listitem__body', own: '.msg-s-event-listitem:not(.msg-s-event-listitem--other)' };

const chats: ChatCase[] = [
  {
    file: 'telegram-webk-private-lure', adapter: telegramWebAdapter, url: 'https://web.telegram.org/k/#@hr_lina_recruit', ...WEBK, risky: true,
    incoming: ['你好，看到你在群里找工作', '主要是网上聊天推广', '先飞曼谷', '不用工作签', '名额有限'],
    absent: ['具体是做什么的', '我得问问家里人', '我再考虑一下', '晚饭回来吃吗', '柬埔寨客服', 'Today'],
  },
  {
    file: 'telegram-weba-private-genuine', adapter: telegramWebAdapter, url: 'https://web.telegram.org/a/#512334455', ...WEBA, risky: false,
    incoming: ['Hey! Our team is hiring', 'Here: hh.ru/vacancy', 'Первый этап'],
    absent: ['thanks for thinking of me', 'Applied!', 'Earn 300$ a day', 'Crypto Signals'],
  },
  {
    file: 'whatsapp-lure-swahili', adapter: whatsappAdapter, url: 'https://web.whatsapp.com/', ...WHATSAPP, risky: true,
    incoming: ['Habari dada', 'Mshahara ni dola 1,200', 'Utasafiri kwa visa ya utalii', 'Hatuna ofisi'],
    absent: ['Nieleze zaidi', 'Naweza kuja ofisini', 'Ngoja nimuulize mama', 'Umekula mwanangu', 'lipa 50,000', 'TODAY'],
  },
  {
    file: 'whatsapp-genuine-hinglish', adapter: whatsappAdapter, url: 'https://web.whatsapp.com/', ...WHATSAPP, risky: false,
    incoming: ['Bhai kal ka interview', 'Badhiya', 'मम्मी पूछ रही थीं', 'Chal theek hai'],
    absent: ['Technical round clear', 'tickets book kar li', 'Haan pakka', 'Registration fee sirf', 'Standup 10 baje'],
  },
  {
    file: 'whatsapp-fee-scam-nepali', adapter: whatsappAdapter, url: 'https://web.whatsapp.com/', ...WHATSAPP, risky: true,
    incoming: ['नमस्ते दाइ', 'पहिले रजिस्ट्रेसन शुल्क', 'आज नै पैसा'],
    absent: ['कति खर्च लाग्छ', 'श्रम स्वीकृति', 'कार्यालय कहाँ छ', 'खाना खायौ'],
  },
  {
    file: 'messenger-lure-taglish', adapter: messengerAdapter, url: 'https://www.messenger.com/t/100091122334455/', ...MESSENGER, risky: true,
    incoming: ['Hi sis!', 'Chat support lang', 'Tourist visa lang', 'Legit kami sis'],
    absent: ['ano po yung work', 'May DMW license', 'pag-iisipan ko', 'Kumain ka na', 'PM mo si ma\'am Joy', 'You sent', 'Today 9:12'],
  },
  {
    file: 'messenger-genuine', adapter: messengerAdapter, url: 'https://www.facebook.com/messages/t/100055544433322', ...MESSENGER, risky: false,
    incoming: ['Pre, may job fair', '9AM to 4PM', 'Game. Kita tayo'],
    absent: ['Uy salamat', 'Sige sama ako', 'Ok pre', 'Like videos lang'],
  },
  {
    file: 'linkedin-messaging-lure', adapter: linkedinMessagingAdapter, url: 'https://www.linkedin.com/messaging/thread/2-ZmE3NzAxMjM0/', ...LINKEDIN, risky: true,
    incoming: ['Hi Daniel, I came across your profile', 'The office is in Bokeo', 'To save time we usually start'],
    absent: ['Thanks for reaching out', 'video interview', 'company website', 'Thanks for the referral', 'Daniel Okafor', 'project management'],
  },
  {
    file: 'linkedin-messaging-genuine', adapter: linkedinMessagingAdapter, url: 'https://www.linkedin.com/messaging/thread/2-QmI4ODk5MDEy/', ...LINKEDIN, risky: false,
    incoming: ['Hi Daniel, I am a talent partner', 'Of course.', 'Does Tuesday at 3 pm'],
    absent: ['I would be interested', 'Talk then', 'Urgent hiring in Cambodia'],
  },
];

const isOwn = (c: ChatCase, row: Element) => row.matches(c.own) || !!row.querySelector(c.own);

/** The last message row of one side (date and receipt rows have no text element). */
function lastMessageRow(doc: Document, c: ChatCase, own: boolean): Element {
  return [...doc.querySelectorAll(c.row)].filter((r) => isOwn(c, r) === own && r.querySelector(c.text)).at(-1)!;
}

/** A copy of a message row with its ids made unique by `suffix` and the given text. */
function copyMessage(c: ChatCase, row: Element, text: string, suffix: string): Element {
  const copy = row.cloneNode(true) as Element;
  for (const el of [copy, ...copy.querySelectorAll('[data-mid], [data-message-id], [data-id], [data-event-urn], [id]')]) {
    for (const attr of ['data-mid', 'data-message-id', 'data-id', 'data-event-urn', 'id']) {
      const v = el.getAttribute(attr);
      if (v) el.setAttribute(attr, v + suffix);
    }
  }
  copy.querySelector(c.text)!.textContent = text;
  return copy;
}

/** Adds a message from one side as the newest row of the conversation. */
function addMessage(doc: Document, c: ChatCase, own: boolean, text: string, n: number) {
  const copy = copyMessage(c, lastMessageRow(doc, c, own), text, `-${n}`);
  [...doc.querySelectorAll(c.row)].at(-1)!.after(copy);
}

describe('chats: the other party\'s recent messages, as one conversation', () => {
  for (const c of chats) {
    describe(c.file, () => {
      const url = new URL(c.url);

      it('gives one conversation of the incoming messages, in order, one part each, anchored at the list', () => {
        const items = c.adapter.extract(load(c.file), url);
        expect(items).toHaveLength(1);
        const [item] = items as [Item];
        expect(item.kind).toBe('conversation');
        expect(item.parts).toHaveLength(c.incoming.length);
        item.parts.forEach((p, n) => expect(elementText(p.el).startsWith(c.incoming[n]!)).toBe(true));
        expect(item.text).toBe(item.parts.map((p) => elementText(p.el)).join('\n'));
        expectSoundParts(item);
      });

      it('never holds our own messages, drafts or other chats\' previews', () => {
        const [item] = c.adapter.extract(load(c.file), url) as [Item];
        for (const a of c.absent) expect(item.text).not.toContain(a);
      });

      it('changes its key on a new incoming message, not on our reply', () => {
        const doc = load(c.file);
        const key = () => c.adapter.extract(doc, url)[0]!.key;
        const before = key();
        addMessage(doc, c, true, 'Our own reply, written just now', 1);
        expect(key()).toBe(before);
        expect(c.adapter.extract(doc, url)[0]!.text).not.toContain('Our own reply');
        addMessage(doc, c, false, 'Their newest message', 2);
        expect(key()).not.toBe(before);
        const [item] = c.adapter.extract(doc, url) as [Item];
        expect(item.text.endsWith('Their newest message')).toBe(true);
      });

      it(c.risky ? 'warns on the conversation' : 'stays quiet on the conversation', () => {
        const [item] = c.adapter.extract(load(c.file), url) as [Item];
        expect(risky(item)).toBe(c.risky);
      });
    });
  }

  it('the anchor is inside the element the adapter watches for new messages', () => {
    for (const c of chats) {
      const doc = load(c.file);
      expect(c.adapter.root!(doc)!.contains(c.adapter.extract(doc, new URL(c.url))[0]!.anchor), c.file).toBe(true);
    }
  });

  it('a repeated short reply still counts as a new message where the markup has no ids', () => {
    const c = chats.find((x) => x.file === 'messenger-genuine')!;
    const doc = load(c.file);
    const url = new URL(c.url);
    addMessage(doc, c, false, 'ok', 1);
    const first = messengerAdapter.extract(doc, url)[0]!.key;
    addMessage(doc, c, false, 'ok', 2);
    expect(messengerAdapter.extract(doc, url)[0]!.key).not.toBe(first);
  });
});

describe('webmail: the open email only', () => {
  const mails = [
    {
      file: 'gmail-fake-cheque', adapter: gmailAdapter, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxyz', risky: true,
      title: 'Personal Assistant Position – Next Steps', starts: 'Harold Whitman\nh.whitman.office@gmail.com\nDear Chioma',
      absent: ['Please reply with your full name', 'Earn $500/week', 'Sunday lunch', 'Search mail', 'Inbox'],
    },
    {
      file: 'gmail-genuine-agency', adapter: gmailAdapter, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbabc', risky: false,
      title: 'Interview invitation – Care Assistant, Germany (Triple Win)', starts: 'Amani Placement Services\nrecruitment@amaniplacement.co.ke\nDear Wanjiru',
      absent: ['Attached are my CV', 'Earn $500/week', 'small fee'],
    },
    {
      file: 'outlook-lure', adapter: outlookAdapter, url: 'https://outlook.live.com/mail/0/inbox/id/AQMkADAwATM0MDAAMS1i', risky: true,
      title: 'Job Offer – Customer Support Representative (Thailand)', starts: 'Golden Bridge HR <goldenbridge.hr2025@outlook.com>\nDear applicant',
      absent: ['Quarterly report', 'Earn $300/day', 'activation fee', 'Junk Email'],
    },
    {
      file: 'outlook-genuine', adapter: outlookAdapter, url: 'https://outlook.office.com/mail/inbox/id/AAMkAGI2TG93AAA%3D', risky: false,
      title: 'Offer letter – Junior Accountant', starts: 'Mensah & Partners HR <hr@mensahpartners.com.gh>\nDear Kwame',
      absent: ['Thank you for the interview today', 'activation fee', 'Earn $300/day'],
    },
  ];
  for (const m of mails) {
    it(`${m.file}: the last expanded message with its subject and sender, nothing from the list`, () => {
      const doc = load(m.file);
      const url = new URL(m.url);
      const items = m.adapter.extract(doc, url);
      expect(items).toHaveLength(1);
      const [item] = items as [Item];
      expect(item.kind).toBe('email');
      expect(item.title).toBe(m.title);
      expect(item.text.startsWith(m.starts)).toBe(true);
      for (const a of m.absent) expect(item.text).not.toContain(a);
      expectSoundParts(item);
      expect(m.adapter.extract(doc, url)[0]!.key).toBe(item.key);
      expect(risky(item)).toBe(m.risky);
    });
  }

  it('gmail: an inbox without an open email gives nothing', () => {
    const doc = load('gmail-fake-cheque');
    for (const thread of doc.querySelectorAll('.nH > .ha, [role="list"]')) thread.remove();
    expect(gmailAdapter.extract(doc, new URL('https://mail.google.com/mail/u/0/#inbox'))).toEqual([]);
  });
});

describe('hostile and empty pages', () => {
  const empty = ['<html><body></body></html>', '<div id="main"></div><div role="main"><div role="grid"></div></div><div class="msg-s-message-list"></div><div id="MessageList"></div><div class="bubbles"></div><div role="feed"></div>'];
  for (const adapter of feedChatAdapters) {
    it(`${adapter.id}: an empty page or empty containers give [] without throwing`, () => {
      for (const html of empty) {
        expect(adapter.extract(parse(html), new URL('https://example.com/mail/t/1'))).toEqual([]);
      }
    });
  }

  // One conversation per chat adapter (WebK and WebA both for Telegram).
  const oncePerClient = ['telegram-webk-private-lure', 'telegram-weba-private-genuine', 'whatsapp-lure-swahili', 'messenger-lure-taglish', 'linkedin-messaging-lure'];
  for (const c of chats.filter((x) => oncePerClient.includes(x.file))) {
    it(`${c.file}: 5,000 messages complete and the conversation keeps the last ${MAX_CONVERSATION_MESSAGES} incoming`, () => {
      const doc = load(c.file);
      const url = new URL(c.url);
      const theirs = lastMessageRow(doc, c, false);
      const ours = lastMessageRow(doc, c, true);
      const batch = doc.createDocumentFragment();
      for (let n = 0; n < 5000; n++) {
        batch.append(n % 2 ? copyMessage(c, ours, `mine ${n}`, `-${n}`) : copyMessage(c, theirs, `theirs ${n}`, `-${n}`));
      }
      [...doc.querySelectorAll(c.row)].at(-1)!.after(batch);
      const started = performance.now();
      const [item] = c.adapter.extract(doc, url) as [Item];
      expect(performance.now() - started).toBeLessThan(5000);
      expect(item.parts).toHaveLength(MAX_CONVERSATION_MESSAGES);
      expect(elementText(item.parts.at(-1)!.el)).toBe('theirs 4998');
      expect(item.text).not.toContain('mine');
      expectSoundParts(item);
    });
  }
});
