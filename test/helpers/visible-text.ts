/**
 * What a reader sees or hears on a screen, for the language checks (unit tests in happy-dom, e2e in Chromium).
 * Data shown as written is left out: <q> quotes of the ad, form fields, menu options (language and country names
 * are in their own languages), and elements marked `data-verbatim` (names, numbers, addresses).
 */
export function visibleWords(root: Node): string[] {
  // Self-contained: the e2e tests run it inside the page.
  const skip = new Set(['Q', 'TEXTAREA', 'PRE', 'OPTION', 'STYLE', 'SCRIPT', 'INPUT']);
  const out: string[] = [];
  const walk = (node: Node) => {
    for (const n of Array.from(node.childNodes)) {
      if (n.nodeType === 3) out.push(n.textContent ?? '');
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      if (skip.has(el.tagName) || el.hasAttribute('data-verbatim')) continue;
      for (const a of ['aria-label', 'placeholder', 'title', 'alt']) if (el.getAttribute(a)) out.push(el.getAttribute(a)!);
      if (el.shadowRoot) walk(el.shadowRoot);
      walk(el);
    }
  };
  walk(root);
  return out;
}

/** Words that are the same in every language here: our name, file formats, and the apps recruiters use. */
const SAME_EVERYWHERE = /\b(Lurewatch|CSV|JSON|JSONL|PDF|NGOs?|Telegram|WhatsApp|Ed25519|https?|PEM|URL|ID|OK)\b/g;
/** Three or more English-looking words in a row: a sentence someone forgot to move into the catalogs. */
export const englishRuns = (text: string): string[] => text.replace(SAME_EVERYWHERE, ' ').match(/[A-Za-z][a-z]+(?:[\s,’'()-]+[A-Za-z][a-z]+){2,}/g) ?? [];
/** A message key shown instead of its message ("popupLearn", "ind_visa_tourist_for_work"). */
export const keyLeaks = (text: string): string[] => text.match(/\b[a-z]+[A-Z][A-Za-z]+\b|\bind_[a-z_]+\b/g) ?? [];
