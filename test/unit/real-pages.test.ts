// @vitest-environment happy-dom
/**
 * Real saved job pages (LinkedIn, Indeed, SEEK, JobStreet, WorkBC, Facebook, t.me) beside the checkout: none is a
 * lure, so none may be flagged. Read from ../shared/pages when present; we do not copy them into the project.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check';
import { headText } from '../../src/extract/precheck';
import { coreList } from '../helpers/lists';

const DIR = '../shared/pages';
const pages = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith('.html')) : [];
if (pages.length === 0) console.warn(`skipping real-page checks: ${DIR} not found`);

/** The page's text as the content script reads it, one text node a line (as innerText keeps blocks apart). */
function pageText(html: string): string {
  return headText(new DOMParser().parseFromString(html, 'text/html') as unknown as Document, Number.MAX_SAFE_INTEGER);
}

describe.skipIf(pages.length === 0)('real job pages', () => {
  for (const file of pages) {
    it(`${file}: no warning`, () => {
      const r = check(coreList(), { text: pageText(fs.readFileSync(`${DIR}/${file}`, 'utf8')) });
      expect(r.level, r.signals.map((s) => `${s.indicator}: ${s.evidence}`).join(' | ')).toBe('low');
    });
  }
});
