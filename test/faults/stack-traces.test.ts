// No stack traces (issue 26, item 6, in part): a fault the commands do not handle is one line
// on stderr, the path and what to do, exit 2; `--debug` adds the trace for a bug report.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unexpected } from '../../src/cli/program.js';
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

describe('the one line for a fault the commands do not handle', () => {
  it.each([
    ['ENOSPC', 'write', 'the disk is full'],
    ['EROFS', 'open', 'the file system is read-only'],
    ['EACCES', 'open', 'check its permissions'],
    ['ENAMETOOLONG', 'open', 'the name is too long for the file system'],
  ])('%s names the path and what to do', (code, syscall, advice) => {
    // Faults a test cannot make for real here (the suite may run as root, on a disk with room).
    const fault = Object.assign(new Error(`${code}: injected`), { code, syscall, path: '/work/p/generated/model.json' });
    expect(unexpected(fault)).toBe(`cannot ${syscall} /work/p/generated/model.json (${code}): ${advice}; the run stopped there`);
  });

  it('anything else is a bug to report, with --debug for the trace', () => {
    expect(unexpected(new TypeError('declaration is not a function\n  more'))).toBe(
      'a bug in doc-codegen (declaration is not a function); run again with --debug and report what it prints',
    );
  });
});
