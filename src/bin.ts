#!/usr/bin/env node
// The `doc-codegen` command: the CLI (src/cli/) on this process's streams and signals. Only
// here is V8's heap growth capped for large doc sets: the setting is process-wide.
import { main } from './cli/program.js';
import { processIo } from './cli/io.js';
import { limitHeapGrowth } from './util/heap.js';

// A reader that stops early (`doc-codegen --help | head`) is no error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv, processIo(limitHeapGrowth));
