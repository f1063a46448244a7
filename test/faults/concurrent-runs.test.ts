// Runs on one outDir at the same time (issue 26, item 4): they take turns on a lock beside
// outDir; a run that cannot get it within --lock-wait says who holds it; a dead holder's
// lock is taken over; and a watcher whose output another process replaced puts back what
// the docs make. Every wait is on an event (a process exit, a watcher's run), never a sleep.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { lockOutput } from '../../src/write/lock.js';
import { applyOutput, planOutput } from '../../src/write/output.js';
import { watch, type WatchEvent } from '../../src/watch.js';
import { cli } from '../helpers/cli.js';
import { readTree } from '../helpers/fixtures.js';
import { CLI } from '../helpers/paths.js';
import { editFile, throwawayProjects } from '../helpers/project.js';

const { project, later } = throwawayProjects();

const editDoc = (dir: string): Promise<void> =>
  editFile(path.join(dir, 'docs/293538.md'), (text) => text.replace('| FlowBlocked | `200` |', '| FlowBlocked | `201` |'));

/** `doc-codegen generate` as a separate process; resolves with its exit code and output when it exits. */
function generateProcess(dir: string): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, [CLI, 'generate', '--no-cache', '--allow-breaking'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (status) => resolve({ status, stderr })));
}

describe('runs on the same outDir', () => {
  it('wait for the lock, then say who holds it', async () => {
    const dir = await project();
    const release = await lockOutput(path.join(dir, 'generated'));
    later(async () => release());
    const result = await cli(['generate', '--no-cache', '--lock-wait', '0'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`generated is being written by doc-codegen \\(pid ${process.pid} on .+\\); waited 0 s\\. Let that run finish`));
    expect(result.stderr).toContain('--lock-wait <seconds>');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('take over the lock of a run that died', async () => {
    const dir = await project();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const work = path.join(dir, '.generated.doc-codegen');
    await mkdir(work);
    await writeFile(path.join(work, 'lock'), JSON.stringify({ pid: dead, host: os.hostname(), since: '2026-01-01T00:00:00.000Z', command: 'generate' }));
    await editDoc(dir);
    const result = await cli(['generate', '--no-cache', '--allow-breaking', '--lock-wait', '0'], dir);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(work)).toBe(false);
  });

  it('run one after the other when started together: both succeed, and the output is one clean run', async () => {
    const [expected, racing] = [await project(), await project()];
    for (const dir of [expected, racing]) await editDoc(dir);
    expect((await cli(['generate', '--no-cache', '--allow-breaking'], expected)).status).toBe(0);
    const results = await Promise.all([generateProcess(racing), generateProcess(racing), generateProcess(racing)]);
    for (const result of results) expect(result.status, result.stderr).toBe(0);
    expect(await readTree(path.join(racing, 'generated'))).toEqual(await readTree(path.join(expected, 'generated')));
    expect(existsSync(path.join(racing, '.generated.doc-codegen'))).toBe(false);
  });
});

describe('a watcher', () => {
  it('puts back what the docs make when another process replaces its output', async () => {
    const dir = await project();
    const outDir = path.join(dir, 'generated');
    const runs: WatchEvent[] = [];
    let notify = (): void => undefined;
    const watcher = watch({
      cwd: dir,
      onEvent: (event) => {
        if (event.type === 'run' || event.type === 'error') runs.push(event);
        notify();
      },
    });
    later(() => watcher.close());
    await watcher.ready;
    const good = await readTree(outDir);
    const nextRun = (): Promise<WatchEvent> => {
      const seen = runs.length;
      return new Promise((resolve) => {
        notify = () => {
          if (runs.length > seen) resolve(runs[seen] as WatchEvent);
        };
      });
    };
    const rerun = nextRun();
    // Another process's run, from docs as they were before some edit: a stale README.
    const config = await loadConfig(undefined, dir);
    const stale = new Map([...good].filter(([file]) => file !== '.doc-codegen-manifest.json').map(([file, text]) => [file, file === 'README.md' ? `${text}stale\n` : text]));
    const release = await lockOutput(config.outDir);
    await applyOutput(config.outDir, await planOutput(config.outDir, stale));
    release();
    const event = await rerun;
    expect(event.type).toBe('run');
    expect(await readFile(path.join(outDir, 'README.md'), 'utf8')).toBe(good.get('README.md'));
    expect(await readTree(outDir)).toEqual(good);
  });
});
