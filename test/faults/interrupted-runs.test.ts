// A run killed at any step of its write (issue 26, items 3 and 5): outDir holds the whole old
// output or the whole new one (or, between the swap's two renames, none, with the journal
// that completes it), files doc-codegen did not produce survive, nothing appears beside
// outDir but its work folder, and the next run repairs the rest. Kill points are chosen by
// a hook at each file operation (a real SIGKILL in a child process), never by timing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { applyOutput, planOutput } from '../../src/write/output.js';
import { processAlive } from '../../src/write/lock.js';
import { findInterrupted, repairInterrupted, workFolderOf } from '../../src/write/swap.js';
import { nodeWriterFs } from '../../src/write/writer-fs.js';
import { cli } from '../helpers/cli.js';
import { readTree } from '../helpers/fixtures.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { copyProject, editFile } from '../helpers/project.js';

const dist = (file: string): string => JSON.stringify(pathToFileURL(path.join(REPO_ROOT, 'dist/write', file)).href);

/** Writes argv[2]'s files into argv[1] through an fs that kills the process before operation argv[3] (0: never); prints the count. */
const WRITER = `
const [outDir, filesJson, killAtText] = process.argv.slice(1);
const { applyOutput, planOutput } = await import(${dist('output.js')});
const { nodeWriterFs } = await import(${dist('writer-fs.js')});
const killAt = Number(killAtText);
let steps = 0;
const fs = {};
for (const [name, op] of Object.entries(nodeWriterFs)) {
  fs[name] = async (...args) => {
    if (++steps === killAt) process.kill(process.pid, 'SIGKILL');
    return op(...args);
  };
}
await applyOutput(outDir, await planOutput(outDir, new Map(Object.entries(JSON.parse(filesJson)))), { fs });
process.stdout.write(String(steps));
`;

const first = { 'src/a.ts': 'a1\n', 'src/b.ts': 'b1\n', 'json/x/A.json': '{}\n', 'README.md': 'one\n' };
const second = { 'src/a.ts': 'a2\n', 'src/b.ts': 'b1\n', 'src/c.ts': 'c2\n', 'json/y/C.json': '[]\n', 'README.md': 'two\n' };

function runWriter(outDir: string, files: Record<string, string>, killAt: number): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, ['--input-type=module', '-e', WRITER, outDir, JSON.stringify(files), String(killAt)], { encoding: 'utf8' });
}

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A parent folder with outDir `out` holding `first` and a file doc-codegen did not write. */
async function project(): Promise<{ parent: string; out: string }> {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-kill-'));
  dirs.push(parent);
  const out = path.join(parent, 'out');
  await applyOutput(out, await planOutput(out, new Map(Object.entries(first))));
  await writeFile(path.join(out, 'NOTES.md'), 'mine\n');
  return { parent, out };
}

/** What outDir holds after a whole write of `files` (with the foreign NOTES.md). */
async function expectedTree(files: Record<string, string>): Promise<Map<string, string>> {
  const { out } = await project();
  await applyOutput(out, await planOutput(out, new Map(Object.entries(files))));
  return readTree(out);
}

const sameTree = (a: Map<string, string>, b: Map<string, string>): boolean => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

describe('a write killed at any step', () => {
  it('leaves the whole old or the whole new output, and the next run finishes the job', async () => {
    const [oldTree, newTree] = [await expectedTree(first), await expectedTree(second)];
    const counting = await project();
    const counted = runWriter(counting.out, second, 0);
    expect(counted.status, String(counted.stderr)).toBe(0);
    const steps = Number(counted.stdout);
    expect(steps).toBeGreaterThan(10);
    const seen = new Set<string>();
    for (let killAt = 1; killAt <= steps; killAt++) {
      const { parent, out } = await project();
      const killed = runWriter(out, second, killAt);
      expect(killed.signal, `step ${killAt}`).toBe('SIGKILL');
      // Nothing beside outDir but its work folder.
      expect((await readdir(parent)).filter((name) => name !== 'out' && name !== '.out.doc-codegen'), `step ${killAt}`).toEqual([]);
      const interrupted = findInterrupted(out, processAlive);
      if (existsSync(out)) {
        const tree = await readTree(out);
        const state = sameTree(tree, oldTree) ? 'old' : sameTree(tree, newTree) ? 'new' : 'mixed';
        expect(state, `step ${killAt}`).not.toBe('mixed');
        seen.add(state);
      } else {
        // Between the swap's two renames: the journal completes it.
        expect(interrupted.committed, `step ${killAt}`).toBe(true);
        seen.add('absent');
      }
      await repairInterrupted(out, processAlive, nodeWriterFs);
      const repaired = await readTree(out);
      expect([oldTree, newTree].some((tree) => sameTree(tree, repaired)), `step ${killAt}`).toBe(true);
      expect(existsSync(workFolderOf(out)) ? await readdir(workFolderOf(out)) : [], `step ${killAt}`).toEqual([]);
      await applyOutput(out, await planOutput(out, new Map(Object.entries(second))));
      expect(await readTree(out), `step ${killAt}`).toEqual(newTree);
    }
    expect([...seen].sort()).toEqual(['absent', 'new', 'old']);
  });
});

describe('leftovers of an interrupted run', () => {
  it('are removed by the next run even when it has nothing to write, and --check calls them stale', async () => {
    const { dir, cleanup } = await copyProject();
    dirs.push(dir);
    void cleanup;
    const leftover = path.join(dir, 'generated/src/index.ts.doc-codegen-99999.tmp');
    const work = path.join(dir, '.generated.doc-codegen/next-99999');
    await writeFile(leftover, 'half-written');
    await mkdir(work, { recursive: true });
    await writeFile(path.join(work, 'x.ts'), 'half');
    const checked = await cli(['generate', '--check', '--no-cache'], dir);
    expect(checked.status).toBe(1);
    expect(checked.stdout).toContain('is stale: an interrupted run left 2 items behind.');
    expect(checked.stdout).toContain('leftover generated/src/index.ts.doc-codegen-99999.tmp');
    expect(checked.stdout).toContain('leftover .generated.doc-codegen/next-99999');
    const generated = await cli(['generate', '--no-cache'], dir);
    expect(generated.status, generated.stderr).toBe(0);
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(path.join(dir, '.generated.doc-codegen'))).toBe(false);
    expect((await cli(['generate', '--check', '--no-cache'], dir)).status).toBe(0);
  });
});

/** A preload that kills the CLI just before it renames anything to `KILL_RENAME_TO` (node:fs patched for the ESM importers too). */
const KILL_HOOK = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const target = process.env.KILL_RENAME_TO;
const rename = fs.renameSync;
fs.renameSync = (from, to) => {
  if (String(to) === target) process.kill(process.pid, 'SIGKILL');
  return rename(from, to);
};
syncBuiltinESMExports();
`;

describe('a generate killed inside its swap', () => {
  it.each([
    ['before the journal commits it', '.generated.doc-codegen/journal.json'],
    ['between the two renames', 'generated'],
  ])('%s: the next run leaves exactly what an uninterrupted run leaves, released once', async (_when, renamedTo) => {
    const expected = await copyProject();
    const killed = await copyProject();
    dirs.push(expected.dir, killed.dir);
    for (const { dir } of [expected, killed]) {
      await editFile(path.join(dir, 'docs/293538.md'), (text) => text.replace('| FlowBlocked | `200` |', '| FlowBlocked | `201` |'));
    }
    expect((await cli(['generate', '--no-cache', '--allow-breaking'], expected.dir)).status).toBe(0);
    const hook = path.join(killed.dir, 'kill-hook.mjs');
    await writeFile(hook, KILL_HOOK);
    const run = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, path.join(REPO_ROOT, 'dist/bin.js'), 'generate', '--no-cache', '--allow-breaking'], {
      cwd: killed.dir,
      encoding: 'utf8',
      env: { ...process.env, KILL_RENAME_TO: path.join(killed.dir, renamedTo) },
    });
    expect(run.signal).toBe('SIGKILL');
    const next = await cli(['generate', '--no-cache', '--allow-breaking'], killed.dir);
    expect(next.status, next.stderr).toBe(0);
    expect(next.stderr).toContain('finished what an interrupted run left beside generated');
    expect(await readTree(path.join(killed.dir, 'generated'))).toEqual(await readTree(path.join(expected.dir, 'generated')));
    const changelog = await readFile(path.join(killed.dir, 'generated/CHANGELOG.md'), 'utf8');
    const version = (JSON.parse(await readFile(path.join(killed.dir, 'generated/package.json'), 'utf8')) as { version: string }).version;
    expect(changelog.split('\n').filter((line) => line === `## ${version}`)).toHaveLength(1);
    expect(existsSync(path.join(killed.dir, '.generated.doc-codegen'))).toBe(false);
  });
});
