// Fuzzing (the property: test/helpers/fuzz.ts). CI runs the committed counterexamples and the
// committed seeds (test/fixtures/fuzz/), so the same commit always gives the same result.
// FUZZ_SEED=<seed> [FUZZ_RUNS, FUZZ_PATH] replays one seed instead of the committed ones;
// `npm run fuzz` explores new seeds (FUZZ_EXPLORE=1) and writes each counterexample it finds
// to test/fixtures/fuzz/counterexamples/, ready to commit.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { BASES, blocksProperty, checkDoc, COUNTEREXAMPLES_DIR, counterexamples, fixedSeeds, fuzzProperty, GENERATED_PATH, mutatedDoc, type Counterexample, type FuzzCase } from './helpers/fuzz.js';

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

describe.skipIf(EXPLORE)('fuzzing: generated blocks for the simple-block reader, on committed seeds', () => {
  const { seeds } = fixedSeeds();
  const planned = REPLAY === undefined ? seeds : [REPLAY];
  const numRuns = RUNS ?? (REPLAY === undefined ? 250 : 2000);
  it.each(planned)(`reads as remark does, and fast = full (seed %i, ${numRuns} cases)`, async (seed) => {
    await fc.assert(blocksProperty, { numRuns, seed, path: process.env.FUZZ_PATH });
  }, 240_000);
});

describe.runIf(EXPLORE)('fuzzing: exploring new seeds (npm run fuzz)', () => {
  const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const numRuns = RUNS ?? 5000;

  /** Checks `numRuns` cases; a counterexample is written as a doc, ready to commit, and fails the test. */
  async function explore<T>(kind: string, property: fc.IAsyncProperty<[T]>, docOf: (value: T) => Counterexample): Promise<void> {
    console.log(`[fuzz] ${kind}: seed ${seed}, ${numRuns} cases`);
    const details = await fc.check(property, { numRuns, seed });
    if (!details.failed) return;
    const [value] = details.counterexample as [T];
    const error = details.errorInstance instanceof Error ? details.errorInstance.message.split('\n')[0] : String(details.errorInstance);
    const record = docOf(value);
    record.found = `FUZZ_SEED=${seed} FUZZ_PATH=${details.counterexamplePath ?? ''} (${kind}): ${JSON.stringify(value)}; ${error}`;
    mkdirSync(COUNTEREXAMPLES_DIR, { recursive: true });
    const file = path.join(COUNTEREXAMPLES_DIR, `seed-${seed}${kind === 'blocks' ? '-blocks' : ''}.json`);
    writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
    throw new Error(`counterexample (seed ${seed}) written to ${path.relative(process.cwd(), file)}: fix the bug, then commit the file as a regression case\n${fc.defaultReportMessage(details)}`);
  }

  it('finds no counterexample in mutated real docs', async () => {
    await explore<FuzzCase>(`docs (${BASES.length} bases)`, fuzzProperty, (value) => ({ found: '', ...mutatedDoc(value), style: value.style }));
  }, 3_600_000);

  it('finds no counterexample in generated blocks', async () => {
    await explore<string>('blocks', blocksProperty, (text) => ({ found: '', path: GENERATED_PATH, text, style: 'enum' }));
  }, 3_600_000);
});
