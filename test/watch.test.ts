// Watch mode, for real: the CLI runs on a temp project while a doc is edited, added,
// broken, fixed, renamed and deleted; the output on disk is awaited after each step.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { buildModelFromDocs } from '../src/generate.js';
import { watch, type WatchEvent } from '../src/watch.js';
import { CLI } from './helpers/paths.js';
import { copyProject, editFile } from './helpers/project.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function start(cwd: string, args: string[]): Running {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  cleanups.push(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await exited;
  });
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Polls until `check` holds (or fails with what was last seen). */
async function until(what: string, check: () => boolean | Promise<boolean>, running: Running, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}\nstdout:\n${running.stdout()}\nstderr:\n${running.stderr()}`);
}

/** Polls until `check` holds, for the in-process watchers below. */
async function eventually(check: () => boolean | Promise<boolean>, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const read = (file: string): Promise<string> => readFile(file, 'utf8').catch(() => '');
const runs = (running: Running): number => (running.stdout().match(/^doc-codegen: generated (updated|up to date)/gm) ?? []).length;

describe('doc-codegen watch', () => {
  it('regenerates on edit, add, break, fix, rename and delete, and exits 0 on Ctrl-C', async () => {
    const { dir, cleanup } = await copyProject();
    cleanups.push(cleanup);
    const out = (file: string) => path.join(dir, 'generated', file);
    const running = start(dir, ['watch']);
    await until('the first run', () => runs(running) === 1, running);
    expect(running.stdout()).toContain('doc-codegen: watching docs, doc-codegen.config.json (Ctrl-C to stop)');

    // Edit: only that doc is parsed again.
    await editFile(path.join(dir, 'docs/293538.md'), (text) => text.replace('| FlowBlocked | `200` |', '| FlowBlocked | `201` |'));
    await until('the edit', async () => (await read(out('src/293538.ts'))).includes('FlowBlocked = 201'), running);
    await until('its report', () => runs(running) === 2, running);
    expect(running.stdout()).toMatch(/generated updated after docs\/293538\.md in \d+ ms: 8 written, 0 removed, 1 parsed\./);

    // Add a doc: a new module.
    const added = path.join(dir, 'docs/600000.md');
    await writeFile(added, (await read(path.join(dir, 'docs/293538.md'))).replace('## ErrorType', '## AddedType'));
    await until('the new module', async () => (await read(out('src/600000.ts'))).includes('export enum AddedType'), running);

    // Break it: the problem is reported, the last good output stays.
    const good = await read(out('src/600000.ts'));
    await editFile(added, (text) => text.replace('| Success | `0` |', '| Success | `zero zero` |'));
    await until('the error report', () => running.stderr().includes('doc-codegen: generated kept as it was after docs/600000.md: fix the problems above.'), running);
    expect(running.stderr()).toContain('Cannot read `zero zero` as a value');
    expect(await read(out('src/600000.ts'))).toBe(good);

    // Fix it.
    await editFile(added, (text) => text.replace('| Success | `zero zero` |', '| Success | `0` |'));
    await until('the fix', () => runs(running) === 4, running);

    // Rename it: the old module goes, the new one comes.
    await rename(added, path.join(dir, 'docs/600001.md'));
    await until('the rename', async () => existsSync(out('src/600001.ts')) && !existsSync(out('src/600000.ts')), running);

    // Delete it.
    await rm(path.join(dir, 'docs/600001.md'));
    await until('the delete', () => !existsSync(out('src/600001.ts')) && !existsSync(out('dist/600001.js')), running);

    running.child.kill('SIGINT');
    expect(await running.exited).toBe(0);
    expect(running.stdout()).toContain('doc-codegen: stopped watching.');
  }, 90_000);

  it('rebuilds everything when the config changes, and shows config errors without stopping', async () => {
    const { dir, cleanup } = await copyProject();
    cleanups.push(cleanup);
    const running = start(dir, ['generate', '--watch']);
    await until('the first run', () => runs(running) === 1, running);
    const configFile = path.join(dir, 'doc-codegen.config.json');
    const config = JSON.parse(await read(configFile)) as Record<string, unknown>;

    await writeFile(configFile, JSON.stringify({ ...config, enumStyle: 'union' }));
    await until('the union style', async () => (await read(path.join(dir, 'generated/src/293538.ts'))).includes('export type ErrorType =\n'), running);

    await writeFile(configFile, JSON.stringify({ ...config, enumStyle: 'nope' }));
    await until('the config error', () => running.stderr().includes('"enumStyle" must be one of'), running);

    await writeFile(configFile, JSON.stringify(config));
    await until('the enum style again', async () => (await read(path.join(dir, 'generated/src/293538.ts'))).includes('export enum ErrorType'), running);

    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
  }, 90_000);

  it('writes its doc cache when idle after a run and when it stops, not during runs', async () => {
    const { dir, cleanup } = await copyProject();
    cleanups.push(cleanup);
    const configPath = path.join(dir, 'doc-codegen.config.json');
    await editFile(configPath, (text) => JSON.stringify({ ...(JSON.parse(text) as object), cacheDir: '.cache' }));
    const config = await loadConfig(configPath);
    const fromCache = async () => (await buildModelFromDocs(config, { cache: true })).cacheStats;
    const events: WatchEvent[] = [];
    const watcher = watch({ configPath, cache: true, onEvent: (event) => events.push(event) });
    await watcher.ready;
    // The first run wrote no cache file (a run would wait for it); the idle write follows it.
    expect(existsSync(config.cacheDir)).toBe(false);
    await eventually(() => existsSync(config.cacheDir));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await fromCache()).toEqual({ hits: 4, misses: 0 });

    // An edit, then stop at once: closing writes the cache with the edited doc.
    await editFile(path.join(dir, 'docs/293538.md'), (text) => text.replace('| Success | `0` | 成功 |', '| Success | `0` | 成功了 |'));
    await eventually(() => events.filter((event) => event.type === 'run').length === 2);
    await watcher.close();
    expect(events.filter((event) => event.type === 'error')).toEqual([]);
    expect(await fromCache()).toEqual({ hits: 4, misses: 0 });
  }, 60_000);

  it('sees saves that chokidar drops (within 50 ms of one it reported)', async () => {
    const { dir, cleanup } = await copyProject();
    cleanups.push(cleanup);
    const watcher = watch({ configPath: path.join(dir, 'doc-codegen.config.json'), onEvent: () => undefined });
    await watcher.ready;
    const doc = path.join(dir, 'docs/293538.md');
    const original = await read(doc);
    // Saves 15 ms apart, as an editor that formats on save makes them: the last must win.
    for (const value of [201, 202, 203, 204]) {
      writeFileSync(doc, original.replace('| FlowBlocked | `200` |', `| FlowBlocked | \`${value}\` |`));
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    const output = path.join(dir, 'generated/src/293538.ts');
    await eventually(async () => (await read(output)).includes('FlowBlocked = 204'));
    await watcher.close();
  }, 60_000);
});
