// @vitest-environment happy-dom
/** What the content script does to a page: nothing on ordinary pages, a banner quoting the ad on risky ones. */
import { describe, expect, it, vi } from 'vitest';
import { createChecker } from '../../src/background/checker';
import type { Request } from '../../src/messaging/protocol';
import { scanPage } from '../../src/extract/scan-page';
import { HOST_TAG } from '../../src/ui/banner';

const checker = createChecker();
const send = vi.fn((msg: Request) => checker.handle(undefined, msg, { tab: { id: 1 } }));

function page(html: string, title = 'Page'): Document {
  const doc = document.implementation.createHTMLDocument(title);
  doc.body.innerHTML = html;
  return doc;
}

describe('scanPage', () => {
  it('stops after the cheap check on a page that is not about jobs', async () => {
    send.mockClear();
    const doc = page('<h1>Banana bread</h1><p>Mix flour, sugar and three ripe bananas. Bake for an hour.</p>', 'Recipe');
    expect(await scanPage(doc, 'https://cooking.example/', send)).toBeNull();
    expect(send).not.toHaveBeenCalled();
    expect(doc.querySelector(HOST_TAG)).toBeNull();
  });

  it('shows a high warning on a lure, quoting its words as text (never as HTML)', async () => {
    const doc = page(`<article><h1>Hiring: customer service in Thailand</h1>
      <p>Salary USD 1,200/month, no experience needed. Free air ticket and accommodation.</p>
      <p>Come on a tourist visa, our driver picks you up at Bangkok airport and takes you to Myawaddy.</p>
      <p>Contact <b>&lt;img src=x onerror=alert(1)&gt;</b> on Telegram only.</p></article>`);
    const reply = await scanPage(doc, 'https://www.facebook.com/groups/1/posts/2', send);
    expect(reply?.result.level).toBe('high');
    const host = doc.querySelector(HOST_TAG)!;
    expect(host.getAttribute('data-lurewatch-level')).toBe('high');
    const root = host.shadowRoot!;
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('trafficking lure');
    const quotes = [...root.querySelectorAll('q')].map((q) => q.textContent);
    expect(quotes.length).toBeGreaterThan(0);
    const pageText = doc.body.textContent!;
    for (const q of quotes) expect(pageText.replace(/\s+/g, ' ')).toContain(q!.replace(/…$/, '').replace(/\s+/g, ' '));
    expect(root.querySelector('img')).toBeNull();
    (root.querySelector('button') as HTMLButtonElement).click();
    expect(doc.querySelector(HOST_TAG)).toBeNull();
  });

  it('shows nothing on a genuine job page', async () => {
    const doc = page(`<h1>Accountant</h1><p>Hiring an accountant in Nairobi. CPA-K and 3 years experience required. Salary KES 120,000 per month. Apply at careers@firm.example.co.ke</p>`);
    const reply = await scanPage(doc, 'https://jobs.example/1', send);
    expect(reply?.result.level).toBe('low');
    expect(doc.querySelector(HOST_TAG)).toBeNull();
  });

  it('finds job pages by their schema.org markup even without job words in view', async () => {
    send.mockClear();
    const doc = page('<script type="application/ld+json">{"@type":"JobPosting","title":"x"}</script><p>Welcome</p>');
    await scanPage(doc, 'https://board.example/job/1', send);
    expect(send).toHaveBeenCalled();
  });
});
