#!/usr/bin/env node
// Fuzz exploration for development (CI runs only the committed seeds and counterexamples):
// each round runs the fuzz property on a new random seed, on mutated real docs and on
// generated blocks (test/helpers/simple-fuzz.ts). A counterexample is written to
// test/fixtures/fuzz/counterexamples/seed-<seed>.json, ready to commit once the bug is fixed.
//   npm run fuzz                          1 round of 5,000 cases
//   FUZZ_RUNS=20000 FUZZ_ROUNDS=4 npm run fuzz
//   FUZZ_SEED=123 npm run fuzz            replay one seed in explore mode (writes its counterexample)
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.env.FUZZ_ROUNDS ?? 1);
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
let failed = 0;
for (let round = 1; round <= rounds; round++) {
  const seed = process.env.FUZZ_SEED ?? String(randomInt(2 ** 31));
  console.log(`[fuzz] round ${round} of ${rounds}: FUZZ_SEED=${seed} FUZZ_RUNS=${process.env.FUZZ_RUNS ?? 5000}`);
  const result = spawnSync(process.execPath, [vitest, 'run', 'test/fuzz.test.ts', '-t', 'exploring'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FUZZ_EXPLORE: '1', FUZZ_SEED: seed },
  });
  if (result.status !== 0) failed++;
}
console.log(failed === 0 ? `[fuzz] ${rounds} round(s), no counterexample.` : `[fuzz] ${failed} of ${rounds} round(s) found a counterexample (see above).`);
process.exitCode = failed === 0 ? 0 : 1;
