#!/usr/bin/env node
// Regenerates the golden fixtures (test/fixtures/golden/*/expected/ and diagnostics.txt)
// by running the golden test with UPDATE=1. Review the result with `git diff`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const manifest = require.resolve('vitest/package.json');
const vitest = path.join(path.dirname(manifest), require(manifest).bin.vitest);
const result = spawnSync(process.execPath, [vitest, 'run', 'test/golden.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, UPDATE: '1' },
});
process.exit(result.status ?? 1);
