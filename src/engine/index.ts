export { check, MAX_TEXT } from './check';
export { DEFAULT_THRESHOLDS, type Thresholds } from './score';
export type { CompiledList } from './compiled';
export type { CheckInput, CheckResult, Signal, Family, Level } from './types';
export { fold } from './normalize';
