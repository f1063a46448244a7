// The writer: all-or-nothing when a write fails, leftovers of a killed run cleaned,
// files it did not produce never touched, nothing written outside outDir.
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyOutput, planOutput, resolveInside, type WriterFs } from '../src/write/output.js';
import { MANIFEST_FILE } from '../src/write/manifest.js';
import { readTree } from './helpers/fixtures.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function outDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-write-'));
  dirs.push(dir);
  return dir;
}

async function write(dir: string, files: Record<string, string>, writerFs?: WriterFs): Promise<void> {
  await applyOutput(dir, await planOutput(dir, new Map(Object.entries(files))), { fs: writerFs });
}

const first = { 'src/a.ts': 'a1\n', 'src/b.ts': 'b1\n', 'json/x/A.json': '{}\n' };
const second = { 'src/a.ts': 'a2\n', 'src/b.ts': 'b2\n', 'src/c.ts': 'c2\n', 'json/y/C.json': '[]\n' };

/** Fails the `n`th writeFile, as a full disk or a killed process would. */
function failingFs(n: number): WriterFs {
  let writes = 0;
  return {
    ...fs,
    writeFile: async (file, text) => {
      if (++writes === n) throw new Error(`injected failure writing ${path.basename(file)}`);
      await fs.writeFile(file, text);
    },
  } as WriterFs;
}

describe('applyOutput', () => {
  it('writes, then replaces and removes only its own files', async () => {
    const dir = await outDir();
    await write(dir, first);
    await writeFile(path.join(dir, 'NOTES.md'), 'mine\n');
    await write(dir, second);
    const tree = await readTree(dir);
    expect([...tree.keys()].sort()).toEqual([MANIFEST_FILE, 'NOTES.md', 'json/y/C.json', 'src/a.ts', 'src/b.ts', 'src/c.ts']);
    expect(tree.get('src/a.ts')).toBe('a2\n');
    expect(existsSync(path.join(dir, 'json/x'))).toBe(false);
  });

  it.each([1, 2, 3, 4, 5])('leaves the old tree intact and readable when write %i of the new one fails', async (n) => {
    const dir = await outDir();
    await write(dir, first);
    const before = await readTree(dir);
    await expect(write(dir, second, failingFs(n))).rejects.toThrow('injected failure');
    expect(await readTree(dir)).toEqual(before);
    expect(existsSync(path.join(dir, 'json/y'))).toBe(false);
    // And the next run completes normally.
    await write(dir, second);
    expect((await readTree(dir)).get('src/c.ts')).toBe('c2\n');
  });

  it('removes temp files a killed run left behind', async () => {
    const dir = await outDir();
    await write(dir, first);
    await writeFile(path.join(dir, 'src/a.ts.doc-codegen-99999.tmp'), 'half-written');
    await write(dir, second);
    expect([...(await readTree(dir)).keys()].filter((file) => file.includes('.tmp'))).toEqual([]);
  });

  it('refuses paths outside outDir', () => {
    for (const bad of ['../x.ts', '/etc/passwd', 'src/../../x', '', 'a\0b']) {
      expect(() => resolveInside('/tmp/out', bad), bad).toThrow('Refusing to write');
    }
    expect(resolveInside('/tmp/out', 'src/a.ts')).toBe('/tmp/out/src/a.ts');
  });

  it.each([1, 2, 3])('leaves the old or the new tree whole when rename %i of the swap fails, and the next run completes it', async (n) => {
    const dir = await outDir();
    await write(dir, first);
    const before = await readTree(dir);
    let renames = 0;
    const failing = {
      ...fs,
      rename: async (from: string, to: string) => {
        if (++renames === n) throw Object.assign(new Error(`injected EPERM renaming ${path.basename(from)}`), { code: 'EPERM' });
        await fs.rename(from, to);
      },
    } as WriterFs;
    await expect(write(dir, second, failing)).rejects.toThrow('injected EPERM');
    const after = await readTree(dir);
    // Rename 1 commits the journal, 2 puts outDir aside, 3 swaps the new one in.
    expect(after).toEqual(before);
    await write(dir, second);
    expect((await readTree(dir)).get('src/c.ts')).toBe('c2\n');
    expect(existsSync(path.join(path.dirname(dir), `.${path.basename(dir)}.doc-codegen`))).toBe(false);
  });
});
