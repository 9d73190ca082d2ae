import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check';
import { compilePattern, expand, PatternError } from '../../src/engine/pattern';
import { compileTiny } from '../helpers/lists';

const hits = (patterns: string[], text: string, lang = 'en') =>
  check(compileTiny([{ id: 'test.one', patterns: { [lang]: patterns } }]), { text, lang }).signals.map((s) => s.evidence);

describe('pattern language', () => {
  it('expands optional parts and alternatives', () => {
    expect(expand('free [air ]ticket').sort()).toEqual(['free air ticket', 'free ticket']);
    expect(expand('(tourist|visit) visa').sort()).toEqual(['tourist visa', 'visit visa']);
    expect(expand('a|b').sort()).toEqual(['a', 'b']);
  });

  it('rejects malformed patterns with a message naming the pattern', () => {
    expect(() => compilePattern('(tourist visa')).toThrow(PatternError);
    expect(() => compilePattern('tourist visa)')).toThrow(/unexpected/);
    expect(() => compilePattern('')).toThrow(PatternError);
    expect(() => compilePattern('(a ... b)')).toThrow(/inside a group/);
  });

  it('matches whole words only in spaced scripts', () => {
    expect(hits(['visa'], 'Tourist visa needed')).toEqual(['visa']);
    expect(hits(['visa'], 'Pay with Visaplus card')).toEqual([]);
  });

  it('lets a stem run on', () => {
    expect(hits(['recruit* agent'], 'the recruiting agent said')).toEqual(['recruiting agent']);
    expect(hits(['recruit* agent'], 'the recruit agent said')).toEqual(['recruit agent']);
    expect(hits(['recruit* agent'], 'the recruiting new agent said')).toEqual([]);
  });

  it('bridges a gap of up to 40 characters, in order', () => {
    expect(hits(['passport ... keep'], 'Your passport, the company will keep it')).toEqual(['passport, the company will keep']);
    expect(hits(['passport ... keep'], 'keep your passport')).toEqual([]);
    expect(hits(['passport ... keep'], 'passport ' + 'x'.repeat(60) + ' keep')).toEqual([]);
  });

  it('matches inside words in scripts without spaces', () => {
    expect(hits(['包吃包住'], '高薪招聘包吃包住机票报销', 'zh')).toEqual(['包吃包住']);
    expect(hits(['ที่พักฟรี'], 'งานดีมีที่พักฟรีค่ะ', 'th')).toEqual(['ที่พักฟรี']);
  });

  it('chains long combinations through slots instead of multiplying them out', () => {
    const p = '(a1|a2|a3|a4|a5|a6|a7|a8|a9) (b1|b2|b3|b4|b5|b6|b7|b8|b9) (c1|c2|c3|c4|c5|c6|c7|c8|c9)';
    const shapes = compilePattern(p);
    const literals = shapes.flatMap((s) => s.flatMap((part) => part.literals));
    expect(literals.length).toBeLessThan(100); // 729 if multiplied out
    expect(hits([p], 'x a3 b7 c9 y')).toEqual(['a3 b7 c9']);
    expect(hits([p], 'x a3 b7 y c9')).toEqual([]);
  });

  it('checks slots of very short words beside their neighbours, before and after', () => {
    const p = '(you|u|we|i|he|she|they|candidates|applicants|workers) (must pay|pay|will pay|should pay|have to pay|need to pay) [for ][(the|a|an|your|his|her) ](visa|ticket|medical|permit|uniform|training|processing|registration)';
    expect(hits([p], 'Then u must pay for a medical first.')).toEqual(['u must pay for a medical']);
    expect(hits([p], 'Then you pay the ticket.')).toEqual(['you pay the ticket']);
    expect(hits([p], 'Then you pay sometime for the ticket.')).toEqual([]);
    const list = compileTiny([{ id: 'test.inline', patterns: { en: [p] } }]);
    const literals = list.rules.flatMap((r) => r.parts.filter((_, i) => !r.inline?.[i]).flatMap((part) => part.literals.map((l) => l.text)));
    expect(literals).not.toContain('u');
    expect(literals).not.toContain('a');
  });

  it('takes time linear in the text, even for patterns written to backtrack', () => {
    const nasty = ['(a|aa|aaa|aaaa)(a|aa|aaa) ... (a|aa)(a|aa|aaa|aaaa)b', 'a* a* a* a* b'];
    const list = compileTiny([{ id: 'test.nasty', patterns: { en: nasty } }]);
    const work = (n: number) => {
      const text = 'a'.repeat(n) + ' ' + 'a '.repeat(n);
      const t0 = performance.now();
      check(list, { text, lang: 'en' });
      return performance.now() - t0;
    };
    work(2000);
    const small = Math.max(work(20_000), 1);
    const large = work(200_000);
    // Ten times the text may cost at most forty times the time (linear, with generous noise allowance).
    expect(large / small).toBeLessThan(40);
  });
});
