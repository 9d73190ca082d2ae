/**
 * Every interface language has every message, keeps every placeholder, and is really translated. Run on its own
 * while translating: `npx vitest run test/unit/locales.test.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { bundledList } from '../../src/indicators/bundled';
import { FAILURES, failureKey } from '../../src/feed/errors';
import { FEED_INPUT_CODES } from '../../src/feed/urls';
import { RED_FLAGS } from '../../src/ui/onboarding/red-flags';

const ROOT = path.resolve(__dirname, '../../assets/public/_locales');
type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> };
const read = (dir: string) => JSON.parse(fs.readFileSync(path.join(ROOT, dir, 'messages.json'), 'utf8')) as Record<string, Entry>;
const en = read('en');
const tokens = (m: string) => [...m.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
/** Messages that may rightly read the same in another language: names, codes and pure placeholders. */
/** The script of each language not written in Latin letters (Chinese may use fullwidth forms). */
const SCRIPT: Record<string, RegExp> = {
  zh_CN: /[\p{Script=Han}\uff00-\uffef]/u, zh_TW: /[\p{Script=Han}\uff00-\uffef]/u, th: /\p{Script=Thai}/u, lo: /\p{Script=Lao}/u,
  km: /\p{Script=Khmer}/u, my: /\p{Script=Myanmar}/u, hi: /\p{Script=Devanagari}/u, ne: /\p{Script=Devanagari}/u,
  bn: /\p{Script=Bengali}/u, si: /\p{Script=Sinhala}/u, ta: /\p{Script=Tamil}/u, am: /\p{Script=Ethiopic}/u,
  ru: /\p{Script=Cyrillic}/u, ar: /\p{Script=Arabic}/u,
};
const SAME_OK = new Set(['bannerTitle', 'rpPhone', 'bulkRowError', 'evCheckedWith', 'listVersion', 'extName']);

describe('interface languages', () => {
  it('ships a folder for each language and no other', () => {
    expect(fs.readdirSync(ROOT).sort()).toEqual(LOCALES.map((l) => l.dir).sort());
  });

  it('every English message is used: named in the code, or made from a list’s explanation key, a failure code or a red flag', () => {
    const code = ['src', 'entrypoints'].flatMap((d) => fs.readdirSync(path.resolve(__dirname, '../..', d), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f)).map((f) => fs.readFileSync(path.resolve(__dirname, '../..', d, f), 'utf8'))).join('\n') + fs.readFileSync(path.resolve(__dirname, '../../wxt.config.ts'), 'utf8');
    const made = new Set([...bundledList.indicators.map((i) => i.explanation.key), ...FAILURES.map((c) => failureKey(c)), ...FEED_INPUT_CODES.map((c) => failureKey(c, 'feedInput')), ...RED_FLAGS.flatMap((f) => [f.title, f.example, f.ask])]);
    const unused = Object.keys(en).filter((k) => !made.has(k) && !new RegExp(`['"\`]${k}['"\`]|__MSG_${k}__`).test(code));
    expect(unused).toEqual([]);
    expect([...made].filter((k) => !(k in en)), 'made keys missing from the catalog').toEqual([]);
  });

  it('the English messages have Chrome-valid names and declare each placeholder they use', () => {
    for (const [key, e] of Object.entries(en)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(tokens(e.message).every((t) => e.placeholders?.[t]), key).toBe(true);
    }
  });

  for (const { dir } of LOCALES.filter((l) => l.dir !== 'en')) {
    describe(dir, () => {
      const file = path.join(ROOT, dir, 'messages.json');
      const has = fs.existsSync(file);
      const m = has ? read(dir) : {};

      it('has exactly the English keys', () => {
        expect(has, `${file} is missing`).toBe(true);
        expect(Object.keys(m).filter((k) => !(k in en)), 'keys English does not have').toEqual([]);
        expect(Object.keys(en).filter((k) => !(k in m)), 'keys missing').toEqual([]);
      });

      it('keeps every placeholder, declared as in English', () => {
        for (const [key, e] of Object.entries(en)) {
          const t = m[key];
          if (!t) continue;
          expect(typeof t.message === 'string' && t.message.trim().length > 0, `${key} is empty`).toBe(true);
          expect(tokens(t.message), `${dir}/${key}: placeholders in the message`).toEqual(tokens(e.message));
          const contents = (p?: Entry['placeholders']) => Object.fromEntries(Object.entries(p ?? {}).map(([k, v]) => [k, v.content]));
          expect(contents(t.placeholders), `${dir}/${key}: placeholder declarations`).toEqual(contents(e.placeholders));
        }
      });

      it('is translated (few messages left identical to English)', () => {
        const same = Object.keys(en).filter((k) => !SAME_OK.has(k) && m[k]?.message === en[k]!.message && /[a-z]{3}/.test(en[k]!.message.replace(/\$[A-Z_]+\$/g, '')));
        expect(same.length, `untranslated: ${same.slice(0, 15).join(', ')}`).toBeLessThanOrEqual(3);
      });

      it('writes in its own script (Latin allowed for names and loanwords), with no letters of another', () => {
        const range = SCRIPT[dir];
        if (!range) return;
        const foreign = Object.entries(m).flatMap(([k, e]) => [...e.message].filter((ch) => /\p{L}/u.test(ch) && !/\p{Script=Latin}|\p{Script=Common}/u.test(ch) && !range.test(ch)).map((ch) => `${k}:${ch}`));
        expect(foreign.slice(0, 10)).toEqual([]);
      });

      it('keeps the name Lurewatch in Latin letters where English has it', () => {
        for (const k of ['extName', 'extDescription']) if (en[k]!.message.includes('Lurewatch') && m[k]) expect(m[k]!.message, k).toContain('Lurewatch');
      });
    });
  }
});
