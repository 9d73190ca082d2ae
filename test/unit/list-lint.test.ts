/**
 * The bundled list is linted like code (after Dark Reader): valid, sourced, canonical, and every example does
 * what it says. A broken list must fail here, not in a user's browser.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorsIn } from '../../src/engine/check';
import { compileLists } from '../../src/indicators/compile';
import { formatList } from '../../src/indicators/format';
import { validateList } from '../../src/indicators/validate';
import { listJsonSchema } from '../../src/cli/list-command';
import type { ListDocument } from '../../src/indicators/schema';

const FILE = 'assets/indicators/lurewatch-core.json';
const text = fs.readFileSync(FILE, 'utf8');
const parsed = validateList(JSON.parse(text));
const list = parsed.ok ? parsed.list : (null as unknown as ListDocument);

const REQUIRED_LANGS = ['en', 'zh', 'vi', 'th', 'id', 'tl', 'hi', 'sw', 'es', 'ru', 'my', 'km'];
const REQUIRED_INDICATORS = [
  'destination.compound-zone', 'location.change', 'visa.tourist-for-work', 'route.third-country', 'travel.airport-coaching',
  'benefits.all-paid', 'salary.outsized', 'requirements.no-experience', 'job.lure-title', 'contact.messaging-only',
  'recruitment.typing-test', 'agent.unlicensed', 'recruitment.friend-romance', 'documents.passport-handover', 'debt.penalty',
  'pressure.urgency', 'employer.casino-crypto', 'requirements.appearance', 'work.open-scam', 'recruitment.displaced',
  'scam.advance-fee', 'scam.task',
];

describe(`bundled list ${FILE}`, () => {
  it('is valid against the schema', () => {
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('is in canonical form (parse then format gives the file back)', () => {
    expect(formatList(list) === text, 'run: npm run list:format').toBe(true);
  });

  it('ships a JSON Schema that matches the zod schema', () => {
    const published = JSON.parse(fs.readFileSync('assets/indicators/list.schema.json', 'utf8'));
    expect(published, 'run: npm run list:schema').toEqual(JSON.parse(JSON.stringify(listJsonSchema())));
  });

  it('covers the indicator families the catalogue names', () => {
    const ids = new Set(list.indicators.map((i) => i.id));
    expect(REQUIRED_INDICATORS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it(`has patterns in at least ${REQUIRED_LANGS.length} required languages`, () => {
    const langs = new Set(list.indicators.flatMap((i) => Object.keys(i.patterns)));
    expect(REQUIRED_LANGS.filter((l) => !langs.has(l))).toEqual([]);
  });

  it('cites a known publication for every indicator, place, organisation and currency', () => {
    const sources = new Set(list.sources.map((s) => s.id));
    const cited = [
      ...list.indicators.flatMap((i) => i.sources),
      ...list.entities.places.flatMap((p) => p.sources),
      ...list.entities.organisations.flatMap((o) => o.sources),
      ...list.currencies.flatMap((c) => c.sources),
    ];
    expect(cited.filter((s) => !sources.has(s))).toEqual([]);
    for (const i of list.indicators) expect(i.sources.length, i.id).toBeGreaterThan(0);
  });

  const compiled = compileLists([list]);
  for (const ind of list.indicators) {
    for (const [lang, ex] of Object.entries(ind.examples)) {
      it(`${ind.id} [${lang}]: matches its ${ex.match.length} examples and none of its ${ex.noMatch.length} counter-examples`, () => {
        const missed = ex.match.filter((t) => !indicatorsIn(compiled, t, lang).has(ind.id));
        const wrongly = ex.noMatch.filter((t) => indicatorsIn(compiled, t, lang).has(ind.id));
        expect({ missed, wrongly }).toEqual({ missed: [], wrongly: [] });
      });
    }
  }
});
