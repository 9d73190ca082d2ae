/** Messages: placeholders, the product name, English under every language, and matching browser languages. */
import { describe, expect, it } from 'vitest';
import { compileCatalog, makeTranslator, pieces } from '../../src/i18n/catalog';
import { endonym, LOCALES, matchLocale, pickLocale, readerCountry } from '../../src/i18n/locales';
import { uiEnv } from '../helpers/ui';

const raw = {
  hello: { message: 'Hello $NAME$, score $SCORE$/100', placeholders: { name: { content: '$1' }, score: { content: '$2' } } },
  brand: { message: '$APP$ can be wrong; $APP$ costs $$0', placeholders: { app: { content: 'Lurewatch' } } },
  broken: { message: 'Uses $MISSING$' },
  empty: { message: '  ' },
  'bad-name': { message: 'x' },
};

describe('catalog', () => {
  const c = compileCatalog(raw);

  it('keeps well-formed messages and drops broken ones (English then stands in)', () => {
    expect(Object.keys(c).sort()).toEqual(['brand', 'hello']);
    expect(compileCatalog('not an object')).toEqual({});
    expect(compileCatalog([1, 2])).toEqual({});
  });

  it('puts arguments where the translation wants them, the product name for $APP$, and "$$" as "$"', () => {
    const t = makeTranslator(c, {}, 'SafeJourney');
    expect(t('hello' as never, 'Amina', 72)).toBe('Hello Amina, score 72/100');
    expect(t('brand' as never)).toBe('SafeJourney can be wrong; SafeJourney costs $0');
  });

  it('falls back to English for a message the language lacks, and shows the key when no catalog has it', () => {
    const t = makeTranslator({ hello: 'Hola $1' }, c, 'Lurewatch');
    expect(t('hello' as never, 'Amina')).toBe('Hola Amina');
    expect(t('brand' as never)).toContain('Lurewatch can be wrong');
    expect(t('nothing' as never)).toBe('nothing');
    expect(t.lookup('nothing')).toBeUndefined();
  });

  it('returns elements as pieces so a link can sit inside a translated sentence', () => {
    const link = { tag: 'a' };
    expect(pieces('Check $1 now, $2', [link, 'please'], 'L')).toEqual(['Check ', link, ' now, please']);
    expect(pieces('$2 then $1', ['a', 'b'], 'L')).toEqual(['b then a']);
  });
});

describe('choosing a language', () => {
  it('matches browser and ad languages to ours', () => {
    expect(matchLocale('pt-PT')).toBe('pt_BR');
    expect(matchLocale('zh-HK')).toBe('zh_TW');
    expect(matchLocale('zh-Hant')).toBe('zh_TW');
    expect(matchLocale('zh')).toBe('zh_CN');
    expect(matchLocale('tl')).toBe('fil');
    expect(matchLocale('ar-EG')).toBe('ar');
    expect(matchLocale('en-PH')).toBe('en');
    expect(matchLocale('pt_BR')).toBe('pt_BR');
    expect(matchLocale('de')).toBeUndefined();
    expect(matchLocale('<script>')).toBeUndefined();
  });

  it('takes the first preference it can show, and falls back to English for an unknown one', () => {
    expect(pickLocale(['de-DE', 'sw-KE', 'en'])).toBe('sw');
    expect(pickLocale(['xx', 'qq-ZZ'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });

  it('finds the reader’s country in the browser’s languages', () => {
    expect(readerCountry(['en-US'])).toBe('US');
    expect(readerCountry(['en', 'fil-PH'])).toBe('PH');
    expect(readerCountry(['en'])).toBeUndefined();
  });

  it('names every language in itself', () => {
    expect(endonym('th')).toBe('ไทย');
    expect(endonym('ar')).toBe('العربية');
    for (const l of LOCALES) expect(endonym(l.tag), l.tag).not.toBe('');
  });
});

describe('the shipped messages', () => {
  it('give real English sentences, with the product name in place', () => {
    const { t } = uiEnv('en');
    expect(t('headlineHigh', t('familyScam'))).toBe('Strong signs of a job scam');
    expect(t('whyTitle', 3, 72)).toBe('Why Lurewatch thinks so (signs found: 3, score 72/100):');
  });

  it('speak Arabic right to left', () => {
    const ar = uiEnv('ar');
    expect(ar.rtl).toBe(true);
    expect(ar.t('headlineLow')).toMatch(/[\u0600-\u06ff]/);
  });
});
