// The `doc-codegen` bin (dist/bin.js) as a process: what only a real process shows, its exit
// status and streams. Everything else about the commands runs in-process (test/cli.test.ts).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT } from './helpers/paths.js';
import { copyProject, editFile } from './helpers/project.js';
import { run } from './helpers/run.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

const bin = (args: string[], cwd = REPO_ROOT) => run(process.execPath, [CLI, ...args], { cwd });

describe('the doc-codegen bin', () => {
  it('exits 0 with the help on stdout, and 2 without a command', () => {
    const help = bin(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: doc-codegen [options] [command]');
    const none = bin([]);
    expect(none.status).toBe(2);
    expect(none.stdout).toContain('Usage: doc-codegen');
  });

  it('exits 2 on an unknown command, with the error on stderr', () => {
    const result = bin(['genrate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown command 'genrate'");
    expect(result.stdout).toBe('');
  });

  it('exits 0 when generated/ is up to date and 1 when it is stale', async () => {
    const fresh = bin(['generate', '--check']);
    expect(fresh.stdout).toBe('doc-codegen: generated is up to date (2 docs, 2 enums (93 members)).\n');
    expect(fresh.status).toBe(0);
    const { dir, cleanup } = await copyProject();
    cleanups.push(cleanup);
    await editFile(path.join(dir, 'docs/293538.md'), (text) => text.replace('| FlowBlocked | `200` |', '| FlowBlocked | `201` |'));
    const stale = bin(['generate', '--check'], dir);
    expect(stale.stdout).toContain('doc-codegen: generated is stale: 8 files differ from the docs.');
    expect(stale.status).toBe(1);
  });

  it('exits 2 on a config error, with the message on stderr', async () => {
    const { dir, cleanup } = await copyProject();
    cleanups.push(cleanup);
    await editFile(path.join(dir, 'doc-codegen.config.json'), () => '{ "docs": [ }');
    const result = bin(['generate'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('doc-codegen.config.json: not valid JSON');
  });

  it('stops quietly when its reader closes the pipe first (`--help | head -1`)', async () => {
    const child = spawn(process.execPath, [CLI, '--help'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed long before node has started: the help is written into a broken pipe (EPIPE).
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'close')) as [number | null];
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
