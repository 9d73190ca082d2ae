// @vitest-environment happy-dom
/** In-page warnings as a user meets them: what they say, where they sit, and that page text is never markup. */
import { describe, expect, it, vi } from 'vitest';
import type { CheckResult } from '../../src/engine/types';
import type { Item } from '../../src/extract/types';
import { BANNER_TAG, createPageUi, MARKER_TAG } from '../../src/ui/page-ui';
import { locateQuote, type QuoteBounds } from '../../src/ui/highlight';
import { uiEnv } from '../helpers/ui';

const EN = uiEnv('en');

function doc(html: string): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML = html;
  return d;
}

const result = (level: CheckResult['level'], evidence: string, start = 0): CheckResult => ({
  score: level === 'high' ? 80 : level === 'caution' ? 40 : 5, level, family: 'trafficking-lure', lang: 'en',
  signals: level === 'low' ? [] : [{ indicator: 'visa.tourist-for-work', category: 'visa', weight: 30, evidence, start, end: start + evidence.length }],
  mitigations: [],
});
const reply = (r: CheckResult) => ({ ok: true as const, result: r, explanations: { 'visa.tourist-for-work': 'Working on a tourist visa leaves you without protection.' } });
const item = (el: Element, text: string, kind: Item['kind'] = 'posting'): Item => ({ key: text, kind, text, anchor: el, parts: [{ el, start: 0, end: text.length }] });

const shadowText = (host: Element | null) => host?.shadowRoot?.textContent ?? '';

describe('banner', () => {
  it('says how risky, why (quoting the words) and what to do, in an open shadow root marked with the level', () => {
    const d = doc('<main><p>Come on a tourist visa, we pay USD 1500.</p></main>');
    const ui = createPageUi(d, { ui: EN });
    ui.show(item(d.querySelector('p')!, 'Come on a tourist visa, we pay USD 1500.'), reply(result('high', 'on a tourist visa', 5)));
    const host = d.querySelector(`${BANNER_TAG}[data-lurewatch-level="high"]`);
    expect(host?.shadowRoot).toBeTruthy();
    expect(host!.shadowRoot!.querySelector('[role="alert"]')).toBeTruthy();
    expect(shadowText(host)).toMatch(/Strong signs of a trafficking lure/);
    expect(host!.shadowRoot!.querySelector('q')?.textContent).toBe('on a tourist visa');
    expect(shadowText(host)).toMatch(/without protection/);
    expect(shadowText(host)).toMatch(/What to do next/);
    // Nothing of the page was removed or hidden.
    expect(d.querySelector('main p')?.textContent).toBe('Come on a tourist visa, we pay USD 1500.');
  });

  it('renders page text as text: a quote holding markup stays inert', () => {
    const d = doc('<p>x</p>');
    const evil = '<img src=x onerror="alert(1)"> tourist visa';
    createPageUi(d, { ui: EN }).show(item(d.querySelector('p')!, evil), reply(result('high', evil)));
    const root = d.querySelector(BANNER_TAG)!.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('q')?.textContent).toBe(evil.slice(0, 89) + (evil.length > 90 ? '…' : ''));
  });

  it('can be dismissed with its button and with Escape; low shows nothing', () => {
    const d = doc('<p>x</p>');
    const ui = createPageUi(d, { ui: EN });
    const p = d.querySelector('p')!;
    ui.show(item(p, 'a tourist visa'), reply(result('caution', 'tourist visa', 2)));
    const close = d.querySelector(BANNER_TAG)!.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Dismiss this warning"]')!;
    close.click();
    expect(d.querySelector(BANNER_TAG)).toBeNull();
    ui.show(item(p, 'a tourist visa'), reply(result('caution', 'tourist visa', 2)));
    d.querySelector(BANNER_TAG)!.shadowRoot!.querySelector('[role="alert"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(d.querySelector(BANNER_TAG)).toBeNull();
    ui.show(item(p, 'hello'), reply(result('low', '')));
    expect(d.querySelector(BANNER_TAG)).toBeNull();
  });

  it('"I think this is genuine" is passed on and thanked', () => {
    const d = doc('<p>x</p>');
    const onGenuine = vi.fn();
    const it1 = item(d.querySelector('p')!, 'a tourist visa');
    createPageUi(d, { onGenuine, ui: EN }).show(it1, reply(result('high', 'tourist visa', 2)));
    const root = d.querySelector(BANNER_TAG)!.shadowRoot!;
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'I think this is genuine')!.click();
    expect(onGenuine).toHaveBeenCalledWith(it1, expect.objectContaining({ level: 'high' }));
  });
});

describe('markers', () => {
  it('marks a risky post in a feed in place, and opens its explanation on demand', async () => {
    const d = doc('<div class="feed"><article id="a"><p>Nice weather</p></article><article id="b"><p>Job abroad, tourist visa</p></article></div>');
    const ui = createPageUi(d, { ui: EN });
    const b = d.getElementById('b')!;
    ui.show(item(d.getElementById('a')!, 'Nice weather', 'post'), reply(result('low', '')));
    ui.show(item(b, 'Job abroad, tourist visa', 'post'), reply(result('high', 'tourist visa', 12)));
    expect(d.querySelectorAll(MARKER_TAG)).toHaveLength(1);
    const marker = b.querySelector(`:scope > ${MARKER_TAG}[data-lurewatch-level="high"]`)!;
    expect(marker).toBeTruthy();
    const pill = marker.shadowRoot!.querySelector('button')!;
    expect(pill.getAttribute('aria-expanded')).toBe('false');
    pill.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(marker.shadowRoot!.querySelector('q')?.textContent).toBe('tourist visa');
    expect(d.querySelector(BANNER_TAG)).toBeNull();
  });

  it('in a chat, marks the messages that hold the evidence, and moves the marks when the conversation is re-scored', () => {
    const d = doc('<ol id="list"><li id="m1">Hello, I am Anna</li><li id="m2">Salary 1500 USD</li><li id="m3">Come on a tourist visa</li></ol>');
    const ui = createPageUi(d, { ui: EN });
    const [m1, m2, m3] = ['m1', 'm2', 'm3'].map((id) => d.getElementById(id)!);
    const text = 'Hello, I am Anna\nSalary 1500 USD\nCome on a tourist visa';
    const conv: Item = { key: 'c:1', kind: 'conversation', text, anchor: d.getElementById('list')!, parts: [{ el: m1!, start: 0, end: 16 }, { el: m2!, start: 17, end: 32 }, { el: m3!, start: 33, end: text.length }] };
    const r = result('high', 'tourist visa', text.indexOf('tourist visa'));
    ui.show(conv, reply(r));
    expect(m3!.querySelector(MARKER_TAG)).toBeTruthy();
    expect(m1!.querySelector(MARKER_TAG)).toBeNull();
    ui.show({ ...conv, key: 'c:2' }, reply(result('low', '')));
    expect(d.querySelectorAll(MARKER_TAG)).toHaveLength(0);
  });

  it('clear() removes every warning (navigation inside an app)', () => {
    const d = doc('<article id="b"><p>x</p></article>');
    const ui = createPageUi(d, { ui: EN });
    ui.show(item(d.getElementById('b')!, 'tourist visa', 'post'), reply(result('high', 'tourist visa')));
    ui.show(item(d.getElementById('b')!, 'tourist visa'), reply(result('high', 'tourist visa')));
    ui.clear();
    expect(d.querySelector(`${MARKER_TAG}, ${BANNER_TAG}`)).toBeNull();
  });
});

describe('finding a quote in the page', () => {
  // The text a range over these bounds covers, read from the nodes themselves.
  const covered = (b: QuoteBounds | null) => {
    if (!b) return null;
    if (b.startNode === b.endNode) return b.startNode.data.slice(b.startOffset, b.endOffset);
    const nodes: Text[] = [];
    const w = b.startNode.ownerDocument.createTreeWalker(b.startNode.ownerDocument.body, 4);
    let inside = false;
    for (let n = w.nextNode() as Text | null; n; n = w.nextNode() as Text | null) {
      if (n === b.startNode) inside = true;
      if (inside) nodes.push(n);
      if (n === b.endNode) break;
    }
    return nodes.map((n) => (n === b.startNode ? n.data.slice(b.startOffset) : n === b.endNode ? n.data.slice(0, b.endOffset) : n.data)).join('');
  };

  it('finds evidence across elements and whitespace, ignoring our own warnings', () => {
    const d = doc('<div id="r"><p>Free   flight and</p><p>hotel.  Come on a <b>tourist</b>\n visa!</p></div>');
    const r = [d.getElementById('r')!];
    expect(covered(locateQuote(d, r, 'on a tourist visa'))?.replace(/\s+/g, ' ')).toBe('on a tourist visa');
    expect(covered(locateQuote(d, r, 'FLIGHT and hotel'))?.replace(/\s+/g, ' ')).toBe('flight andhotel');
    expect(locateQuote(d, r, 'not there')).toBeNull();
    d.getElementById('r')!.insertAdjacentHTML('afterbegin', '<lurewatch-marker>only in our marker</lurewatch-marker>');
    expect(locateQuote(d, r, 'only in our marker')).toBeNull();
  });
});

describe('licence numbers', () => {
  it('names a licence the ad shows, with its official check page, and notes a missing one for readers whose agencies must show one', () => {
    const d = doc('<p>x</p>');
    const text = 'Hiring caregivers for Dubai, POEA License No. 123-LB-042120-R, come on a tourist visa.';
    createPageUi(d, { ui: uiEnv('en', { country: 'PH' }) }).show(item(d.querySelector('p')!, text), reply(result('high', 'tourist visa', text.indexOf('tourist visa'))));
    const root = d.querySelector(BANNER_TAG)!.shadowRoot!;
    expect(root.textContent).toMatch(/names .*licence: “?POEA License No\. 123-LB-042120-R/);
    expect(root.querySelector('.licence a')?.getAttribute('href')).toMatch(/^https:\/\/.*dmw\.gov\.ph/);

    const d2 = doc('<p>x</p>');
    createPageUi(d2, { ui: uiEnv('en', { country: 'PH' }) }).show(item(d2.querySelector('p')!, 'Job in Cambodia on a tourist visa'), reply(result('high', 'tourist visa', 19)));
    expect(d2.querySelector(BANNER_TAG)!.shadowRoot!.textContent).toMatch(/names no agency licence number/);
    const d3 = doc('<p>x</p>');
    createPageUi(d3, { ui: uiEnv('en', { country: 'GB' }) }).show(item(d3.querySelector('p')!, 'Job in Cambodia on a tourist visa'), reply(result('high', 'tourist visa', 19)));
    expect(d3.querySelector(BANNER_TAG)!.shadowRoot!.textContent).not.toMatch(/names no agency licence/);
  });
});

describe('languages', () => {
  const thai = { ...result('high', 'วีซ่าท่องเที่ยว', 4), lang: 'th' };
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('shows the warning in the reader’s language, with a button for the ad’s language and back', async () => {
    const d = doc('<p>ใช้ วีซ่าท่องเที่ยว เดินทาง</p>');
    createPageUi(d, { ui: EN, uiIn: async (l) => uiEnv(l as 'th') }).show(item(d.querySelector('p')!, 'ใช้ วีซ่าท่องเที่ยว เดินทาง'), { ...reply(thai), keys: { 'visa.tourist-for-work': 'ind_visa_tourist_for_work' } });
    const root = d.querySelector(BANNER_TAG)!.shadowRoot!;
    expect(root.querySelector('[lang]')!.getAttribute('lang')).toBe('en');
    const toggle = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Show in ไทย')!;
    expect(toggle).toBeTruthy();
    toggle.click();
    await flush();
    await flush();
    expect(root.querySelector('[lang]')!.getAttribute('lang')).toBe('th');
    expect(root.querySelector('h2')!.textContent).toMatch(/[\u0e00-\u0e7f]/);
    // The indicator's explanation follows, from the Thai catalog; the quote stays as the ad wrote it.
    expect(root.querySelector('.explain')!.textContent).toMatch(/[\u0e00-\u0e7f]/);
    expect(root.querySelector('q')!.textContent).toBe('วีซ่าท่องเที่ยว');
    [...root.querySelectorAll('button')].find((b) => /English/.test(b.textContent ?? ''))!.click();
    await flush();
    expect(root.querySelector('[lang]')!.getAttribute('lang')).toBe('en');
  });

  it('offers no switch when the ad is in the reader’s language or one we do not have', () => {
    const d = doc('<p>x</p>');
    const ui = createPageUi(d, { ui: EN, uiIn: async (l) => uiEnv(l as 'th') });
    ui.show(item(d.querySelector('p')!, 'x'), reply(result('high', 'x')));
    expect(shadowText(d.querySelector(BANNER_TAG))).not.toMatch(/Show in/);
    ui.show(item(d.querySelector('p')!, 'x'), reply({ ...result('high', 'x'), lang: 'de' }));
    expect(shadowText(d.querySelector(BANNER_TAG))).not.toMatch(/Show in/);
  });

  it('lays the warning out right to left in Arabic', () => {
    const d = doc('<p>x</p>');
    createPageUi(d, { ui: uiEnv('ar') }).show(item(d.querySelector('p')!, 'x'), reply(result('high', 'x')));
    expect(d.querySelector(BANNER_TAG)!.shadowRoot!.querySelector('[dir]')!.getAttribute('dir')).toBe('rtl');
  });
});
