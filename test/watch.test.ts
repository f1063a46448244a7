// Watch mode, for real: the CLI runs on a temp project while a doc is edited, added, broken,
// fixed, renamed and deleted. Every wait is on something the watcher reports (a line it prints,
// an event it sends), never on a fixed sleep; each wait has a deadline so a hang fails loudly.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { buildModelFromDocs } from '../src/build-model.js';
import { watch, type WatchEvent } from '../src/watch.js';
import { CLI } from './helpers/paths.js';
import { copyProject, editFile } from './helpers/project.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  // Last in, first out: a watcher stops before its project folder goes.
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** How long any one wait may take before the test fails with what was seen. */
const DEADLINE_MS = 15_000;

/**
 * Checks waiting on news: `news()` tests every waiting check again; `until` resolves when its
 * check holds, tested at once and on every news, and rejects with `describe()` at the deadline.
 */
function newsFeed(describe: () => string) {
  const listeners = new Set<() => void>();
  const until = (what: string, check: () => boolean | Promise<boolean>): Promise<void> =>
    new Promise((resolve, reject) => {
      let settled = false;
      let testing = Promise.resolve();
      const finish = (error?: Error): void => {
        settled = true;
        clearTimeout(deadline);
        listeners.delete(test);
        if (error) reject(error);
        else resolve();
      };
      const test = (): void => {
        // One check at a time, in order: a check may read files.
        testing = testing.then(async () => {
          if (!settled && (await check())) finish();
        }, finish);
      };
      const deadline = setTimeout(() => finish(new Error(`timed out waiting for ${what}\n${describe()}`)), DEADLINE_MS);
      listeners.add(test);
      test();
    });
  return { news: (): void => listeners.forEach((listener) => listener()), until };
}

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  /** Resolves when `check` holds, tested at once and after every line the CLI prints. */
  until: (what: string, check: () => boolean | Promise<boolean>) => Promise<void>;
}

function start(cwd: string, args: string[]): Running {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } });
  let stdout = '';
  let stderr = '';
  const { news, until } = newsFeed(() => `stdout:\n${stdout}\nstderr:\n${stderr}`);
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    news();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    news();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  cleanups.push(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await exited;
  });
  return { child, stdout: () => stdout, stderr: () => stderr, exited, until };
}

/** An in-process watcher's events, and waits on them. */
function recorder() {
  const events: WatchEvent[] = [];
  const { news, until } = newsFeed(() => `events: ${events.map((event) => event.type).join(', ')}`);
  const onEvent = (event: WatchEvent): void => {
    events.push(event);
    news();
  };
  const count = (type: WatchEvent['type']): number => events.filter((event) => event.type === type).length;
  /** `news` tests waiting checks again: for news the watcher reports through another callback. */
  return { events, onEvent, until, count, news };
}

const read = (file: string): Promise<string> => readFile(file, 'utf8').catch(() => '');
const runs = (running: Running): number => (running.stdout().match(/^doc-codegen: generated (updated|up to date)/gm) ?? []).length;
/** Run reports, failed ones included: each is printed after its run wrote (or kept) the output. */
const reports = (running: Running): number => runs(running) + (running.stderr().match(/^doc-codegen: generated kept as it was/gm) ?? []).length;

describe('doc-codegen watch', () => {
  it('regenerates on edit, add, break, fix, rename and delete, and exits 0 on Ctrl-C', async () => {
    const { dir, cleanup } = await copyProject();
    cleanups.push(cleanup);
    const out = (file: string) => path.join(dir, 'generated', file);
    const running = start(dir, ['watch']);
    await running.until('the first run', () => runs(running) === 1);
    expect(running.stdout()).toContain('doc-codegen: watching docs, doc-codegen.config.json (Ctrl-C to stop)');
    /** After each run report from now on, until the output on disk shows the step (an editor's save may take two runs). */
    const step = (what: string, check: () => boolean | Promise<boolean>) => {
      const before = reports(running);
      return running.until(what, async () => reports(running) > before && (await check()));
    };

    // Edit: only that doc is parsed again.
    await editFile(path.join(dir, 'docs/293538.md'), (text) => text.replace('| FlowBlocked | `200` |', '| FlowBlocked | `201` |'));
    await step('the edit', async () => (await read(out('src/293538.ts'))).includes('FlowBlocked = 201'));
    expect(running.stdout()).toMatch(/generated updated after docs\/293538\.md in \d+ ms: 8 written, 0 removed, 1 parsed\./);

    // Add a doc: a new module.
    const added = path.join(dir, 'docs/600000.md');
    await writeFile(added, (await read(path.join(dir, 'docs/293538.md'))).replace('## ErrorType', '## AddedType'));
    await step('the new module', async () => (await read(out('src/600000.ts'))).includes('export enum AddedType'));

    // Break it: the problem is reported, the last good output stays.
    const good = await read(out('src/600000.ts'));
    await editFile(added, (text) => text.replace('| Success | `0` |', '| Success | `zero zero` |'));
    await running.until('the error report', () => running.stderr().includes('doc-codegen: generated kept as it was after docs/600000.md: fix the problems above.'));
    expect(running.stderr()).toContain('Cannot read `zero zero` as a value');
    expect(await read(out('src/600000.ts'))).toBe(good);

    // Fix it.
    const fixedAfter = runs(running);
    await editFile(added, (text) => text.replace('| Success | `zero zero` |', '| Success | `0` |'));
    await running.until('the fix', () => runs(running) > fixedAfter);

    // Rename it: the old module goes, the new one comes.
    await rename(added, path.join(dir, 'docs/600001.md'));
    await step('the rename', () => existsSync(out('src/600001.ts')) && !existsSync(out('src/600000.ts')));

    // Delete it.
    await rm(path.join(dir, 'docs/600001.md'));
    await step('the delete', () => !existsSync(out('src/600001.ts')) && !existsSync(out('dist/600001.js')));

    running.child.kill('SIGINT');
    expect(await running.exited).toBe(0);
    expect(running.stdout()).toContain('doc-codegen: stopped watching.');
  }, 90_000);

  it('rebuilds everything when the config changes, and shows config errors without stopping', async () => {
    const { dir, cleanup } = await copyProject();
    cleanups.push(cleanup);
    const running = start(dir, ['generate', '--watch']);
    await running.until('the first run', () => runs(running) === 1);
    const configFile = path.join(dir, 'doc-codegen.config.json');
    const config = JSON.parse(await read(configFile)) as Record<string, unknown>;
    const output = path.join(dir, 'generated/src/293538.ts');

    let before = runs(running);
    await writeFile(configFile, JSON.stringify({ ...config, enumStyle: 'union' }));
    await running.until('the union style', async () => runs(running) > before && (await read(output)).includes('export type ErrorType =\n'));

    await writeFile(configFile, JSON.stringify({ ...config, enumStyle: 'nope' }));
    await running.until('the config error', () => running.stderr().includes('"enumStyle" must be one of'));

    before = runs(running);
    await writeFile(configFile, JSON.stringify(config));
    await running.until('the enum style again', async () => runs(running) > before && (await read(output)).includes('export enum ErrorType'));

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
    const record = recorder();
    /** Whether the cache file existed when each run reported: the runs themselves never write it. */
    const cacheAtRun: boolean[] = [];
    const watcher = watch({
      configPath,
      cache: true,
      onEvent: (event) => {
        if (event.type === 'run') cacheAtRun.push(existsSync(config.cacheDir));
        record.onEvent(event);
      },
    });
    await watcher.ready;
    // The first run wrote no cache file (a run would wait for it); the idle write follows it.
    await record.until('the idle cache write', () => record.count('cache-written') === 1);
    expect(cacheAtRun).toEqual([false]);
    expect(await fromCache()).toEqual({ hits: 4, misses: 0 });

    // An edit, then stop at once: closing writes the cache with the edited doc.
    await editFile(path.join(dir, 'docs/293538.md'), (text) => text.replace('| Success | `0` | 成功 |', '| Success | `0` | 成功了 |'));
    await record.until('the second run', () => record.count('run') === 2);
    await watcher.close();
    expect(record.count('cache-written')).toBe(2);
    expect(record.events.filter((event) => event.type === 'error')).toEqual([]);
    expect(await fromCache()).toEqual({ hits: 4, misses: 0 });
  }, 60_000);

  it('reports a doc cache it cannot write once, as a cache-unusable warning, and goes on watching', async () => {
    const { dir, cleanup } = await copyProject();
    cleanups.push(cleanup);
    const configPath = path.join(dir, 'doc-codegen.config.json');
    await editFile(configPath, (text) => JSON.stringify({ ...(JSON.parse(text) as object), cacheDir: '.cache' }));
    // The cache folder is a file: every write of the cache fails.
    await writeFile(path.join(dir, '.cache'), 'not a folder\n');
    const record = recorder();
    const watcher = watch({ configPath, cache: true, onEvent: record.onEvent });
    await watcher.ready;
    await record.until('the idle write to fail', () => record.count('warning') === 1);
    const warning = record.events.find((event) => event.type === 'warning');
    expect(warning?.type === 'warning' && warning.diagnostic.ruleId).toBe('cache-unusable');
    expect(warning?.type === 'warning' && warning.diagnostic.reason).toMatch(/The cache in \.cache cannot be written \((ENOTDIR|EEXIST)/);

    // The watch goes on: the next run writes the output; the failing writes after it are not told again.
    await editFile(path.join(dir, 'docs/293538.md'), (text) => text.replace('| FlowBlocked | `200` |', '| FlowBlocked | `201` |'));
    await record.until('the second run', () => record.count('run') === 2);
    await watcher.close();
    expect(await read(path.join(dir, 'generated/src/293538.ts'))).toContain('FlowBlocked = 201');
    expect(record.count('warning')).toBe(1);
    expect(record.count('cache-written')).toBe(0);
    expect(record.events.filter((event) => event.type === 'error')).toEqual([]);
  }, 60_000);

  it('sees saves that chokidar drops (within 50 ms of one it reported)', async () => {
    const { dir, cleanup } = await copyProject();
    cleanups.push(cleanup);
    const record = recorder();
    /** Docs read by runs: a run reads the changed doc at this moment. */
    let reads = 0;
    const onDocsRead = (): void => {
      reads++;
      record.news();
    };
    const watcher = watch({ configPath: path.join(dir, 'doc-codegen.config.json'), onEvent: record.onEvent, onDocsRead });
    cleanups.push(() => watcher.close());
    await watcher.ready;
    const doc = path.join(dir, 'docs/293538.md');
    const original = await read(doc);
    const save = (value: number) => writeFileSync(doc, original.replace('| FlowBlocked | `200` |', `| FlowBlocked | \`${value}\` |`));
    // An editor that formats on save: chokidar reports the first save, the run reads it, and
    // the saves right after that fall in the 50 ms in which chokidar reports nothing more for
    // the file. The last must win.
    const readsBefore = reads;
    save(201);
    await record.until('the run of the first save to read it', () => reads > readsBefore);
    for (const value of [202, 203, 204]) save(value);
    const output = path.join(dir, 'generated/src/293538.ts');
    await record.until('the last save generated', async () => record.count('run') > 1 && (await read(output)).includes('FlowBlocked = 204'));
  }, 60_000);
});
