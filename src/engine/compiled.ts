/** A list ready for scoring: everything the engine needs, with no validation or parsing left to do. */
import type { Automaton } from './automaton';
import type { Part } from './pattern';

export type IndicatorFamily = 'trafficking-lure' | 'job-scam' | 'any' | 'context';

export interface CompiledIndicator {
  id: string;
  family: IndicatorFamily;
  category: string;
  weight: number;
  detector?: string;
}

/** One way a pattern can be written: its literal parts, in order. */
export interface Rule {
  indicator: number;
  parts: Part[];
  /** Set for place names: which place, so the engine can reason about countries. */
  place?: number;
  /** Set for allowlisted agency and employer names. */
  allow?: number;
  /** The pattern as written in the list, with its language: for list authors tracing a match. */
  origin: string;
  /**
   * Slots checked by direct comparison next to their neighbours instead of by the automaton: slots holding very
   * short words ("a", "u", "di") that would otherwise be found thousands of times in any text. Filled by compile.
   */
  inline?: boolean[];
}

export interface CompiledPlace {
  id: string;
  kind: 'compound' | 'zone' | 'town' | 'transit' | 'country';
  country: string;
  localLangs: string[];
}

export interface CompiledCurrency {
  code: string;
  symbols: string[];
  usd: number;
  entryMonthly: number;
  homeLangs: string[];
}

export interface CompiledList {
  ids: string[];
  versions: number[];
  indicators: CompiledIndicator[];
  indicatorIndex: Map<string, number>;
  rules: Rule[];
  /** For each automaton literal: the rule and part it belongs to. */
  literalRule: Int32Array;
  literalPart: Int32Array;
  /** For each automaton literal: LEFT | RIGHT | STEM bits (see match.ts). */
  literalFlags: Uint8Array;
  automaton: Automaton;
  places: CompiledPlace[];
  currencies: CompiledCurrency[];
  allow: { kind: string; value: string }[];
  allowHosts: Map<string, number>;
  handles: { platform: string; value?: string; sha256Prefix?: string; indicator: number }[];
}
