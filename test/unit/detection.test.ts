/**
 * Detection figures the project is judged on, held as a floor so that no change to the engine or the list
 * lowers them unnoticed: on the labelled development set beside the checkout (when present) and on our own
 * labelled set in test/fixtures/corpus, written separately from the list's patterns.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/cli/eval-command';
import { coreList } from '../helpers/lists';

// The development set is held to the targets the project is judged on. Our own labelled set (90 items written
// apart from the patterns, as a stand-in for the held-out set) is held to the figures measured on 2026-11-25
// (lure@high 0.93, bad@caution 0.90, legit@caution 0.10), a little below, so a regression fails here.
const TARGETS = { lureHigh: 0.85, badCaution: 0.9, legitHigh: 0.03, legitCaution: 0.15 };
const SETS = [
  { name: 'development set', file: '../shared/corpus/dev.jsonl', floor: TARGETS },
  { name: 'our labelled set', file: 'test/fixtures/corpus/labelled.jsonl', floor: { lureHigh: 0.85, badCaution: 0.85, legitHigh: 0.03, legitCaution: 0.15 } },
];

for (const set of SETS) {
  const present = fs.existsSync(set.file);
  if (!present) console.warn(`skipping detection figures on the ${set.name}: ${set.file} not found`);
  describe.skipIf(!present)(`detection on the ${set.name}`, () => {
    const rows = present ? fs.readFileSync(set.file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)) : [];
    const { all, misses } = evaluate(coreList(), rows);
    const missList = misses.map((m) => `${m.row.id} ${m.why} (score ${m.r.score})`);

    it('finds lures at high and lures and scams at caution or above', () => {
      expect(all.lureHigh / all.lure, missList.join('\n')).toBeGreaterThanOrEqual(set.floor.lureHigh);
      expect(all.badCaution / all.bad, missList.join('\n')).toBeGreaterThanOrEqual(set.floor.badCaution);
    });

    it('leaves genuine jobs alone and never flags an article about scams', () => {
      expect(all.legitHigh / all.legit, missList.join('\n')).toBeLessThanOrEqual(set.floor.legitHigh);
      expect(all.legitCaution / all.legit, missList.join('\n')).toBeLessThanOrEqual(set.floor.legitCaution);
      expect(all.articlesHigh).toBe(0);
    });
  });
}
