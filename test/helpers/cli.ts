// The CLI in this process (src/cli/program.ts main), with its output captured: what every
// CLI test uses unless the process boundary itself is tested (test/bin.test.ts).
import { main } from '../../src/cli/program.js';
import type { CliIo } from '../../src/cli/io.js';
import { REPO_ROOT } from './paths.js';
import type { RunResult } from './run.js';

/** Runs `doc-codegen <args>` in `cwd`; the environment is ours minus anything that colors output, plus `env`. */
export async function cli(args: readonly string[], cwd: string = REPO_ROOT, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, GITHUB_ACTIONS: undefined, ...env },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    // Only watch waits for it; the watch tests stop a real process with real signals.
    stopRequested: () => new Promise<void>(() => undefined),
  };
  const status = await main(['node', 'doc-codegen', ...args], io);
  return { status, stdout, stderr };
}
