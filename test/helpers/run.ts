import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { TSC } from './paths.js';

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to the end; the environment is ours minus anything that colors output. */
export function run(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): RunResult {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, GITHUB_ACTIONS: undefined, ...options.env };
  const result: SpawnSyncReturns<string> = spawnSync(command, [...args], { cwd: options.cwd, env, encoding: 'utf8', input: options.input });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** TypeScript 7's tsc on a project folder; returns its output (empty when it type-checks). */
export function tsc(project: string): RunResult {
  return run(process.execPath, [TSC, '-p', project, '--pretty', 'false']);
}
