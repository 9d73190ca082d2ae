/**
 * "Show me": finds a quoted piece of evidence in the page and selects it, scrolled into view. Selecting uses the
 * browser's own highlight and changes nothing in the page's DOM. Whitespace is compared loosely because item text
 * joins blocks with line breaks where the page has markup.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA']);

export interface QuoteBounds { startNode: Text; startOffset: number; endNode: Text; endOffset: number }

export function findQuote(doc: Document, roots: Element[], quote: string): Range | null {
  const b = locateQuote(doc, roots, quote);
  if (!b) return null;
  const range = doc.createRange();
  range.setStart(b.startNode, b.startOffset);
  range.setEnd(b.endNode, b.endOffset);
  return range;
}

/** Where a quote starts and ends in the page's text nodes. */
export function locateQuote(doc: Document, roots: Element[], quote: string): QuoteBounds | null {
  const want = quote.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!want) return null;
  for (const root of roots) {
    // Flattened text of the root with each character's node and offset; runs of whitespace count once.
    const nodes: Text[] = [];
    const offsets: number[] = [];
    let flat = '';
    const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const parent = n.parentElement;
      if (!parent || SKIP.has(parent.tagName) || parent.closest('lurewatch-banner, lurewatch-marker')) continue;
      const v = n.nodeValue ?? '';
      for (let i = 0; i < v.length; i++) {
        const c = /\s/.test(v[i]!) ? ' ' : v[i]!.toLowerCase();
        if (c === ' ' && (flat.endsWith(' ') || flat === '')) continue;
        flat += c;
        nodes.push(n);
        offsets.push(i);
      }
      if (!flat.endsWith(' ')) {
        // Text nodes in different blocks are separate words to a reader.
        flat += ' ';
        nodes.push(n);
        offsets.push(v.length);
      }
    }
    const at = flat.indexOf(want);
    if (at < 0) continue;
    const last = at + want.length - 1;
    return { startNode: nodes[at]!, startOffset: offsets[at]!, endNode: nodes[last]!, endOffset: Math.min(offsets[last]! + 1, nodes[last]!.length) };
  }
  return null;
}

export function showQuote(doc: Document, roots: Element[], quote: string): boolean {
  const range = findQuote(doc, roots, quote);
  if (!range) return false;
  const sel = doc.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}
