// What a CLI run reads from and writes to, passed in rather than taken from `process`, so the
// commands run the same in the bin (src/bin.ts) and in-process in tests.
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: OutputStream;
  stderr: OutputStream;
  /** Resolves when the user asks a long-running command (watch) to stop: Ctrl-C or SIGTERM in the bin. */
  stopRequested: () => Promise<void>;
  /** Told how much doc text a run read (the bin caps heap growth for large doc sets). */
  onDocsRead?: (read: { chars: number }) => void;
}

/** The process's own streams, directory, environment and signals. */
export function processIo(onDocsRead?: CliIo['onDocsRead']): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stopRequested: () =>
      new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      }),
    onDocsRead,
  };
}
