// No stack traces (issue 26, item 6, in part): a fault the commands do not handle is one line
// on stderr, the path and what to do, exit 2; `--debug` adds the trace for a bug report.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { copyProject } from '../helpers/project.js';

describe('an unexpected fault', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('is one line that names the path and what to do, and --debug shows the trace', async () => {
    const { dir, cleanup } = await copyProject();
    cleanups.push(cleanup);
    // A file where outDir's folder must be.
    await rm(path.join(dir, 'generated'), { recursive: true });
    await writeFile(path.join(dir, 'generated'), 'not a folder\n');
    const plain = await cli(['generate', '--no-cache'], dir);
    expect(plain.status).toBe(2);
    const lines = plain.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^doc-codegen: cannot \w+ .*generated.* \((ENOTDIR|EEXIST)\): .*; the run stopped there$/);
    expect(plain.stderr).not.toMatch(/^\s+at /m);
    const debug = await cli(['generate', '--no-cache', '--debug'], dir);
    expect(debug.status).toBe(2);
    expect(debug.stderr).toMatch(/^\s+at /m);
  });
});
