// The README's CI line, `remark --use doc-codegen/remark-lint docs/ --quiet --frail`, through
// the real remark CLI on a project of several docs: with one broken doc, in any order of the
// files, it exits 1 every time; on clean docs, 0. (unified-engine takes a file holding an
// error as finished; the plugin hands the file on in the tick it adds its messages, so no
// other file can flush the engine's queue without it: see src/remark-lint.ts.) Files the
// config does not name (a README, a doc its globs exclude) get nothing.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/paths.js';

const REMARK = path.join(REPO_ROOT, 'node_modules/remark-cli/cli.js');
/** Runs of the broken projects in all (spread over the orders), and of the clean one. */
const BROKEN_RUNS = 20;
const CLEAN_RUNS = 4;

const clean = (name: string): string =>
  ['---', 'is_dir: false', 'status: 1', `keywords: ${name}`, '---', '', `## ${name}`, '', '类型: `enum`', '', '| 属性 | 值 | 描述 |', '| --- | --- | --- |', '| Off | `0` | 暗 |', '| On | `1` | 亮 |', ''].join('\n');
/** A value that is no value: an error (unparsable-value). */
const broken = (name: string): string => clean(name).replace('| On | `1` |', '| On | `2 2` |');

let project: string;
beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-frail-'));
  // The plugin as an installed package: node_modules/doc-codegen is this repository.
  await mkdir(path.join(project, 'node_modules'));
  await symlink(REPO_ROOT, path.join(project, 'node_modules/doc-codegen'));
  await writeFile(path.join(project, 'doc-codegen.config.json'), JSON.stringify({ docs: ['*/*.md', '!clean/excluded.md'] }));
  // Neither is a doc of the config: no front matter, an error in a table.
  await writeFile(path.join(project, 'README.md'), `# The project\n\n${broken('Readme').split('---\n').at(-1)}`);
  // The broken doc sorts first, in the middle and last, each among clean ones.
  const sets: Record<string, Record<string, string>> = {
    first: { '0broken.md': broken('Alpha'), 'b.md': clean('Beta'), 'c.md': clean('Gamma') },
    middle: { 'a.md': clean('Alpha'), 'b-broken.md': broken('Beta'), 'c.md': clean('Gamma'), 'd.md': clean('Delta') },
    last: { 'a.md': clean('Alpha'), 'b.md': clean('Beta'), 'zbroken.md': broken('Gamma') },
    clean: { 'a.md': clean('Alpha'), 'b.md': clean('Beta'), 'c.md': clean('Gamma'), 'excluded.md': broken('Excluded') },
  };
  for (const [folder, files] of Object.entries(sets)) {
    await mkdir(path.join(project, folder));
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(project, folder, name), text);
  }
});

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

/** The exit code of one run of the CI line on `folder`. */
async function remark(folder: string): Promise<number | null> {
  return (await remarkRun([`${folder}/`])).code;
}

/** One run of the CI line on `paths`, with what it printed. */
function remarkRun(paths: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [REMARK, '--use', 'doc-codegen/remark-lint', ...paths, '--quiet', '--frail'], { cwd: project, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

/** How many runs on `folders` (in turn, two at a time) exited with each code. */
async function exitCodes(folders: readonly string[], runs: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (let done = 0; done < runs; done += 2) {
    const pair = [folders[done % folders.length] as string, folders[(done + 1) % folders.length] as string];
    for (const code of await Promise.all(pair.map(remark))) counts[String(code)] = (counts[String(code)] ?? 0) + 1;
  }
  return counts;
}

describe('remark --quiet --frail on several docs', () => {
  it(`exits 1 in all ${BROKEN_RUNS} runs when one doc is broken, whether it sorts first, in the middle or last`, async () => {
    expect(await exitCodes(['first', 'middle', 'last'], BROKEN_RUNS)).toEqual({ 1: BROKEN_RUNS });
  });

  it(`exits 0 in all ${CLEAN_RUNS} runs on clean docs`, async () => {
    expect(await exitCodes(['clean'], CLEAN_RUNS)).toEqual({ 0: CLEAN_RUNS });
  });
});

describe('files the config does not name', () => {
  it('get nothing: a README outside the globs, and a doc the globs exclude', async () => {
    const result = await remarkRun(['README.md', 'clean/excluded.md']);
    expect(result).toEqual({ code: 0, stderr: '' });
  });
});
