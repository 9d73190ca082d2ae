/**
 * The naive baseline: what one would write without an automaton, one regular expression per pattern, each run
 * over the lower-cased text. It understands the same pattern language, so both do the same job.
 */
import type { ListDocument } from '../../src/indicators/schema';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Translates a list pattern to an equivalent-enough regular expression. */
export function patternToRegex(p: string): RegExp {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (p.startsWith('...', i)) { out += '.{0,40}?'; i += 2; }
    else if (c === '(') out += '(?:';
    else if (c === '[') out += '(?:';
    else if (c === ']') out += ')?';
    else if (c === ')' || c === '|') out += c;
    else if (c === '?') out += '?';
    else if (c === '*') out += '\\p{L}*';
    else if (c === ' ') out += '[\\s\\p{P}]+';
    else out += escape(c.toLowerCase());
  }
  return new RegExp(out, 'gu');
}

export function naiveMatcher(list: ListDocument) {
  const regexes = list.indicators.flatMap((ind) => Object.values(ind.patterns).flat().map((p) => ({ id: ind.id, re: patternToRegex(p) })));
  return (text: string) => {
    const lower = text.toLowerCase();
    let hits = 0;
    for (const { re } of regexes) {
      re.lastIndex = 0;
      while (re.exec(lower)) hits++;
    }
    return hits;
  };
}
