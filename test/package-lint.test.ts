// The generated package passes the linters publishers use: publint (strict) and
// "are the types wrong" with the esm-only profile.
import path from 'node:path';
import { publint } from 'publint';
import { describe, expect, it } from 'vitest';
import { GENERATED, REPO_ROOT } from './helpers/paths.js';
import { run } from './helpers/run.js';

describe('generated/ as a published package', () => {
  it('passes publint --strict', async () => {
    const { messages } = await publint({ pkgDir: GENERATED, strict: true });
    expect(messages).toEqual([]);
  });

  it('passes @arethetypeswrong/cli --profile esm-only', () => {
    const attw = path.join(REPO_ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js');
    const result = run(process.execPath, [attw, '--pack', GENERATED, '--profile', 'esm-only', '--format', 'json']);
    const report = JSON.parse(result.stdout) as { problems: Record<string, unknown[]>; analysis: { entrypoints: Record<string, unknown> } };
    const problems = Object.values(report.problems).flat();
    expect(problems.filter((problem) => !isIgnoredByProfile(problem))).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints)).toContain('./293538');
    expect(result.status).toBe(0);
  });
});

/** esm-only ignores the node10 and node16-from-CJS resolutions, as the CLI does. */
function isIgnoredByProfile(problem: unknown): boolean {
  const kind = (problem as { resolutionKind?: string }).resolutionKind;
  return kind === 'node10' || kind === 'node16-cjs';
}
