/** What the engine is asked to judge. */
export interface CheckInput {
  text: string;
  title?: string;
  url?: string;
  /** BCP-47 language of the text when the caller knows it; otherwise the engine guesses. */
  lang?: string;
  kind?: 'posting' | 'message';
}

export type Family = 'trafficking-lure' | 'job-scam';
export type Level = 'low' | 'caution' | 'high';

/** One reason for the verdict. `evidence === input.text.slice(start, end)` always holds. */
export interface Signal {
  indicator: string;
  category: string;
  weight: number;
  evidence: string;
  start: number;
  end: number;
}

export interface CheckResult {
  score: number;
  level: Level;
  family: Family | null;
  lang: string;
  signals: Signal[];
  /** Text that lowers the score: reporting about scams, signs of a regulated recruitment process. */
  mitigations: Signal[];
  /** Set when the page's host or a named agency is on an allowlist. */
  allowlisted?: { kind: string; value: string };
}
