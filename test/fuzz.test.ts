// Fuzzing (the property: test/helpers/fuzz.ts). CI runs the committed counterexamples and the
// committed seeds (test/fixtures/fuzz/), so the same commit always gives the same result.
// FUZZ_SEED=<seed> [FUZZ_RUNS, FUZZ_PATH] replays one seed instead of the committed ones;
// `npm run fuzz` explores new seeds (FUZZ_EXPLORE=1) and writes each counterexample it finds
// to test/fixtures/fuzz/counterexamples/, ready to commit.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { BASES, checkDoc, COUNTEREXAMPLES_DIR, counterexamples, fixedSeeds, fuzzProperty, mutatedDoc, type Counterexample, type FuzzCase } from './helpers/fuzz.js';

const EXPLORE = process.env.FUZZ_EXPLORE === '1';
const REPLAY = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const RUNS = process.env.FUZZ_RUNS === undefined ? undefined : Number(process.env.FUZZ_RUNS);

describe('fuzzing: committed counterexamples stay fixed', () => {
  it.each(counterexamples())('%s', async (_file, found) => {
    await checkDoc(found.path, found.text, found.style);
  });
});

describe.skipIf(EXPLORE)('fuzzing: mutated real docs, on committed seeds', () => {
  const { runs, seeds } = fixedSeeds();
  const planned = REPLAY === undefined ? seeds : [REPLAY];
  const numRuns = RUNS ?? (REPLAY === undefined ? runs : 2000);
  it.each(planned)(`never throws, keeps positions inside the file, is deterministic, fast = full (seed %i, ${numRuns} cases over ${BASES.length} docs)`, async (seed) => {
    await fc.assert(fuzzProperty, { numRuns, seed, path: process.env.FUZZ_PATH });
  }, 240_000);
});

describe.runIf(EXPLORE)('fuzzing: exploring new seeds (npm run fuzz)', () => {
  it('finds no counterexample', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const numRuns = RUNS ?? 5000;
    console.log(`[fuzz] seed ${seed}, ${numRuns} cases over ${BASES.length} docs`);
    const details = await fc.check(fuzzProperty, { numRuns, seed });
    if (!details.failed) return;
    const [value] = details.counterexample as [FuzzCase];
    const doc = mutatedDoc(value);
    const error = details.errorInstance instanceof Error ? details.errorInstance.message.split('\n')[0] : String(details.errorInstance);
    const record: Counterexample = {
      found: `FUZZ_SEED=${seed} FUZZ_PATH=${details.counterexamplePath ?? ''}: ${JSON.stringify(value)}; ${error}`,
      path: doc.path,
      text: doc.text,
      style: value.style,
    };
    mkdirSync(COUNTEREXAMPLES_DIR, { recursive: true });
    const file = path.join(COUNTEREXAMPLES_DIR, `seed-${seed}.json`);
    writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
    throw new Error(`counterexample (seed ${seed}) written to ${path.relative(process.cwd(), file)}: fix the bug, then commit the file as a regression case\n${fc.defaultReportMessage(details)}`);
  }, 3_600_000);
});
