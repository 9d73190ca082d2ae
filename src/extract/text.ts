/**
 * Text of elements as a reader sees it, without layout: block elements and <br> become line breaks, scripts,
 * styles and hidden subtrees are skipped. innerText would be closer but forces layout, which on a long feed is the
 * expensive part.
 */
import type { Item, Part } from './types';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);
const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'TR', 'TD', 'TH', 'TABLE', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'DL', 'FIGCAPTION', 'MAIN', 'ASIDE', 'NAV']);

/** Text of one element; `max` bounds the work on hostile pages. */
export function elementText(el: Element, max = 200_000): string {
  const out: string[] = [];
  let size = 0;
  // An explicit stack, not recursion: a page can nest elements deeper than the call stack allows.
  const stack: (Node | '\n')[] = [el];
  while (stack.length && size < max) {
    const node = stack.pop()!;
    if (node === '\n') {
      out.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      out.push(v);
      size += v.length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const e = node as Element;
    if (SKIP.has(e.tagName) || e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') continue;
    if (e.tagName === 'BR') {
      out.push('\n');
      continue;
    }
    const block = BLOCK.has(e.tagName);
    if (block) {
      out.push('\n');
      stack.push('\n');
    }
    for (let c = e.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return tidy(out.join('')).slice(0, max);
}

/** Collapses runs of spaces and blank lines; keeps single line breaks, which separate sentences and fields. */
export function tidy(text: string): string {
  return text.replace(/[ \t\u00a0]+/g, ' ').replace(/ ?\n[ \n]*/g, '\n').trim();
}

/** Joins the texts of several elements (the messages of a chat, the fields of a posting) with their parts. */
export function joinElements(els: Element[], sep = '\n'): { text: string; parts: Part[] } {
  let text = '';
  const parts: Part[] = [];
  for (const el of els) {
    const t = elementText(el);
    if (!t) continue;
    if (text) text += sep;
    parts.push({ el, start: text.length, end: text.length + t.length });
    text += t;
  }
  return { text, parts };
}

/** An item made of one element's text. */
export function itemOf(el: Element, key: string, kind: Item['kind'], extra: Partial<Item> = {}): Item | null {
  const text = elementText(el);
  if (!text) return null;
  return { key, kind, text, anchor: el, parts: [{ el, start: 0, end: text.length }], ...extra };
}
