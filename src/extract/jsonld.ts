/**
 * The generic path for job pages no adapter knows: schema.org JobPosting, which boards publish for search engines,
 * as microdata (on the visible elements themselves) or as JSON-LD (in a script, invisible).
 *
 * Choice for JSON-LD: the item is built from the page's visible elements whenever the description can be found on
 * the page, and JSON-LD only serves to find that description and the title and company next to it. Evidence quotes
 * must be text the reader can see and we can highlight; JSON-LD text is the site's copy of the ad, often with
 * different line breaks, and sometimes not the version on screen. Only when the description is not on the page at
 * all (a page that renders it later, or never) is the item made of the JSON-LD fields; it then has no parts, because
 * no element holds that text.
 */
import { postingItem, safely, textHash } from './posting-item';
import { elementText } from './text';
import type { Item } from './types';

/** A JobPosting's fields as plain text, the salary written out with currency and unit. */
export interface JobPostingFields {
  title?: string;
  company?: string;
  location?: string;
  salary?: string;
  description?: string;
  id?: string;
  url?: string;
}

/** JSON-LD bigger than this is not an ad; parsing it would only cost time. */
const MAX_JSONLD = 6_000_000;
/** Description HTML beyond this is cut before parsing: the engine reads 200,000 characters at most. */
const MAX_DESCRIPTION_HTML = 400_000;

/** The page's JobPostings, microdata first; a posting marked both ways (same elements or same text) counts once. */
export function jobPostingsFromMarkup(doc: Document, url: URL): Item[] {
  const items = safely(() => microdataPostings(doc, url));
  for (const data of safely(() => jsonLdJobPostings(doc))) {
    const [item] = safely(() => [visiblePosting(doc, data, url) ?? scriptPosting(doc, data, url)].filter((i) => i !== null));
    if (item && !items.some((i) => i.text === item.text || i.parts.some((p) => item.parts.some((q) => q.el === p.el)))) items.push(item);
  }
  return items;
}

// ---------------------------------------------------------------------------------------------------------------
// Microdata: the marked elements are the visible ad.

function microdataPostings(doc: Document, url: URL): Item[] {
  const items: Item[] = [];
  for (const scope of doc.querySelectorAll('[itemscope][itemtype*="schema.org/JobPosting" i]')) {
    const props = (name: string) => ownProps(scope, name);
    const [title] = props('title');
    const [description] = props('description');
    const id = props('identifier')[0]?.getAttribute('content') ?? null;
    items.push(...postingItem({
      site: 'microdata',
      id: id ?? undefined,
      url: absolute(props('url')[0]?.getAttribute('href'), url) ?? url,
      title: title ?? null,
      details: ['hiringOrganization', 'jobLocation', 'baseSalary'].flatMap(props),
      description: description ?? null,
      anchor: scope,
    }));
  }
  return items;
}

/** The scope's own properties, not those of items nested in it (an organisation's own description). */
function ownProps(scope: Element, name: string): Element[] {
  return [...scope.querySelectorAll(`[itemprop~="${name}"]`)].filter((el) => el.parentElement?.closest('[itemscope]') === scope);
}

// ---------------------------------------------------------------------------------------------------------------
// JSON-LD.

/** The JobPostings in the page's JSON-LD blocks, at the top, in arrays or in @graph; malformed blocks are skipped. */
export function jsonLdJobPostings(doc: Document): JobPostingFields[] {
  const found: JobPostingFields[] = [];
  for (const script of doc.querySelectorAll('script[type^="application/ld+json" i]')) {
    const source = script.textContent ?? '';
    if (source.length > MAX_JSONLD || !source.includes('JobPosting')) continue;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch {
      continue; // A broken block next to a good one is common (templating mistakes); the good one still counts.
    }
    collect(value, found, 0);
  }
  return found;
}

function collect(value: unknown, out: JobPostingFields[], depth: number): void {
  if (depth > 4 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const o = value as Record<string, unknown>;
  const type = o['@type'];
  if (type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'))) out.push(fields(o));
  else collect(o['@graph'] ?? o['mainEntity'], out, depth + 1);
}

function fields(o: Record<string, unknown>): JobPostingFields {
  const f: JobPostingFields = {};
  const title = str(o['title']) ?? str(o['name']);
  const company = names(o['hiringOrganization']);
  const location = places(o['jobLocation']) || (o['jobLocationType'] === 'TELECOMMUTE' ? 'Remote' : '');
  const salary = money(o['baseSalary']);
  const description = typeof o['description'] === 'string' ? htmlToText(o['description']) : undefined;
  const id = str(o['identifier']) ?? str(rec(o['identifier'])?.['value']);
  const url = str(o['url']);
  if (title) f.title = title;
  if (company) f.company = company;
  if (location) f.location = location;
  if (salary) f.salary = salary;
  if (description) f.description = description;
  if (id) f.id = id;
  if (url) f.url = url;
  return f;
}

const rec = (v: unknown): Record<string, unknown> | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? decodeEntities(v.trim()) : typeof v === 'number' ? String(v) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

function names(v: unknown): string {
  return list(v).map((x) => str(x) ?? str(rec(x)?.['name'])).filter(Boolean).join(', ');
}

function places(v: unknown): string {
  return list(v)
    .map((p) => {
      const address = rec(p)?.['address'] ?? p;
      if (typeof address === 'string') return address.trim();
      const a = rec(address);
      if (!a) return '';
      const country = str(a['addressCountry']) ?? str(rec(a['addressCountry'])?.['name']);
      return [str(a['addressLocality']), str(a['addressRegion']), country].filter(Boolean).join(', ');
    })
    .filter(Boolean)
    .join('; ');
}

/** "USD 1200–1500 per MONTH": the numbers as the site gave them, with their currency and unit. */
function money(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  const m = rec(v);
  if (!m) return '';
  const value = rec(m['value']);
  const amount = value
    ? [str(value['minValue']), str(value['maxValue'])].filter(Boolean).join('–') || str(value['value']) || ''
    : str(m['value']) ?? '';
  if (!amount) return '';
  const unit = str(value?.['unitText']) ?? str(m['unitText']);
  return [str(m['currency']), amount, unit ? `per ${unit}` : ''].filter(Boolean).join(' ');
}

/**
 * Plain text of a description given as HTML, often escaped once more (`&lt;p&gt;`). Parsed with DOMParser, which
 * yields an inert document: nothing in it loads or runs, and nothing of it enters the page.
 */
export function htmlToText(html: string): string {
  let text = html.slice(0, MAX_DESCRIPTION_HTML);
  for (let round = 0; round < 2; round++) {
    const wasEscaped = /&lt;\/?[a-z]/i.test(text);
    text = parseText(text);
    if (!wasEscaped || !/<\/?[a-z][^>]*>/i.test(text)) break;
  }
  return text;
}

function parseText(html: string): string {
  if (typeof DOMParser === 'function') {
    const body = new DOMParser().parseFromString(html, 'text/html').body;
    return body ? elementText(body) : '';
  }
  // Outside a DOM (CLI, service worker): tags become breaks, entities are decoded.
  return decodeEntities(html.replace(/<(br|\/p|\/li|\/div|\/h\d)\b[^>]*>/gi, '\n').replace(/<[^>]*>/g, ''))
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n[ \n]*/g, '\n')
    .trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? whole;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// JSON-LD to visible elements.

/** Text nodes shorter than this say too little to recognise a description by ("Apply", "Requirements:"). */
const MIN_NODE = 16;
/** Bounds on the search, so a huge page costs a bounded time. */
const MAX_NODES = 20_000;
const MAX_DEPTH = 400;

function visiblePosting(doc: Document, data: JobPostingFields, url: URL): Item | null {
  const body = doc.body;
  if (!body || !data.description) return null;
  const description = descriptionContainer(body, data.description);
  if (!description) return null;
  const region = description.closest('article, main, [role="main"]') ?? body;
  const title = data.title ? elementWithText(region, 'h1, h2, h3', data.title) ?? elementWithText(body, 'h1, h2', data.title) : null;
  const company = data.company ? elementWithText(region, 'a, span, div, p, h2, h3, h4, h5, strong, li, dd', data.company) : null;
  const [item] = postingItem({ site: 'jsonld', id: data.id, url: absolute(data.url, url) ?? url, title, details: [company], description });
  // The visible title may be worded differently; the JSON-LD one still names the item.
  if (item && !item.title && data.title) item.title = data.title;
  return item ?? null;
}

/**
 * The element holding the description on the page: the text nodes that are pieces of the JSON-LD description are
 * weighed by length, and the deepest element holding most of that weight wins. A similar-jobs card quoting the
 * description's first line weighs little against the description itself.
 */
function descriptionContainer(body: Element, descriptionText: string): Element | null {
  const wanted = squash(descriptionText);
  if (wanted.length < MIN_NODE) return null;
  const weight = new Map<Element, number>();
  const depth = new Map<Element, number>();
  let total = 0;
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let n = walker.nextNode(); n && seen < MAX_NODES; n = walker.nextNode(), seen++) {
    const parent = n.parentElement;
    if (!parent || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName)) continue;
    const raw = n.nodeValue ?? '';
    if (raw.length < MIN_NODE || raw.length > wanted.length * 2 + 100) continue;
    const t = squash(raw);
    if (t.length < MIN_NODE || !wanted.includes(t)) continue;
    total += t.length;
    let d = 0;
    for (let e: Element | null = parent; e && d < MAX_DEPTH; e = e.parentElement, d++) weight.set(e, (weight.get(e) ?? 0) + t.length);
  }
  // Less than a third of the description on the page: what matched are quotes of it, not the ad itself.
  if (total < Math.min(wanted.length / 3, 2000)) return null;
  let best: Element | null = null;
  let bestDepth = -1;
  for (const [el, w] of weight) {
    if (w < total * 0.8) continue;
    const d = depthOf(el, depth);
    if (d > bestDepth) {
      best = el;
      bestDepth = d;
    }
  }
  return best;
}

function depthOf(el: Element, cache: Map<Element, number>): number {
  const known = cache.get(el);
  if (known !== undefined) return known;
  let d = 0;
  for (let e = el.parentElement; e && d < 100_000; e = e.parentElement) d++;
  cache.set(el, d);
  return d;
}

/** The first element (in page order) whose whole text is `text`, ignoring case and spacing. */
function elementWithText(root: Element, selector: string, text: string): Element | null {
  const wanted = squash(text).toLowerCase();
  if (!wanted) return null;
  let checked = 0;
  for (const el of root.querySelectorAll(selector)) {
    if (++checked > 5000) break;
    // A name is a leaf or nearly: skipping containers keeps this from reading the whole page's text again and again.
    if (el.childElementCount > 3) continue;
    const raw = el.textContent ?? '';
    if (raw.length > wanted.length * 3 + 50) continue;
    if (squash(raw).toLowerCase() === wanted) return el;
  }
  return null;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function absolute(href: string | null | undefined, base: URL): URL | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

/** The ad as the site published it in JSON-LD, when the page does not show it: no element holds this text. */
function scriptPosting(doc: Document, data: JobPostingFields, url: URL): Item | null {
  const text = [data.title, data.company, data.location, data.salary, data.description].filter(Boolean).join('\n');
  if (!data.description || !doc.body) return null;
  const anchor = doc.querySelector('main, [role="main"], article') ?? doc.body;
  const jobUrl = absolute(data.url, url) ?? url;
  return {
    key: `jsonld:${data.id ?? jobUrl.pathname}:${textHash(text)}`,
    kind: 'posting',
    text,
    ...(data.title ? { title: data.title } : {}),
    url: jobUrl.href,
    anchor,
    parts: [],
  };
}
