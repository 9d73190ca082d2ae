/**
 * The in-page warning, as small as it can be while the full interface is built: a banner in a shadow root at the
 * top of the page that says how risky the offer looks, why (the words found), and what to do. It never hides or
 * blocks the page, and all page text is set as text, never as HTML.
 */
import type { CheckResult } from '../engine/types';

export const HOST_TAG = 'lurewatch-banner';

const STYLE = `
:host { all: initial; }
.box { position: fixed; top: 8px; left: 50%; transform: translateX(-50%); z-index: 2147483647; max-width: 680px;
  width: calc(100% - 32px); box-sizing: border-box; font: 15px/1.45 system-ui, sans-serif; color: #1a1a1a;
  border-radius: 10px; box-shadow: 0 4px 18px rgba(0,0,0,.25); padding: 14px 44px 14px 16px; background: #fff7d6;
  border: 2px solid #8a6100; }
.box.high { background: #fde8e8; border-color: #a4161a; }
h2 { margin: 0 0 6px; font-size: 17px; }
ul { margin: 6px 0; padding-left: 20px; }
q { font-weight: 600; }
.close { position: absolute; top: 8px; right: 8px; border: 0; background: transparent; font-size: 22px;
  cursor: pointer; color: #1a1a1a; padding: 2px 8px; border-radius: 6px; }
.close:focus-visible { outline: 3px solid #1a5fb4; }
p { margin: 6px 0 0; }
`;

export function showBanner(doc: Document, result: CheckResult, explanations: Record<string, string>): HTMLElement | null {
  removeBanner(doc);
  if (result.level === 'low') return null;
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-lurewatch-level', result.level);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = `box ${result.level}`;
  box.setAttribute('role', 'alert');
  const h = doc.createElement('h2');
  h.textContent = headline(result);
  box.append(h);
  const ul = doc.createElement('ul');
  const seen = new Set<string>();
  for (const s of result.signals) {
    if (seen.has(s.indicator) || seen.size >= 4) continue;
    seen.add(s.indicator);
    const li = doc.createElement('li');
    const q = doc.createElement('q');
    q.textContent = s.evidence.length > 80 ? s.evidence.slice(0, 77) + '…' : s.evidence;
    li.append(q, doc.createTextNode(` — ${explanations[s.indicator] ?? s.indicator}`));
    ul.append(li);
  }
  box.append(ul);
  const advice = doc.createElement('p');
  advice.textContent = 'Before you go: ask for the employer\'s full name, address and a written contract; check the agency\'s licence with your government; never travel on a tourist visa for work, and never hand over your passport.';
  box.append(advice);
  const close = doc.createElement('button');
  close.className = 'close';
  close.type = 'button';
  close.setAttribute('aria-label', 'Dismiss this warning');
  close.textContent = '×';
  close.addEventListener('click', () => host.remove());
  box.append(close);
  root.append(style, box);
  (doc.body ?? doc.documentElement).append(host);
  return host;
}

export function removeBanner(doc: Document): void {
  doc.querySelectorAll(HOST_TAG).forEach((el) => el.remove());
}

export function headline(r: CheckResult): string {
  const what = r.family === 'job-scam' ? 'a job scam' : 'a trafficking lure (a fake job abroad)';
  return r.level === 'high' ? `Lurewatch: this offer has strong signs of ${what}` : `Lurewatch: be careful, this offer has some signs of ${what}`;
}
