// Parsing docs on worker threads (read-worker.ts), or here when threads do not pay off.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { decodeDocRead } from '../cache/doc-cache.js';
import type { ResolvedConfig } from '../config.js';
import { columnSynonyms } from '../infer/headers.js';
import type { DocRead } from '../model/draft.js';
import type { SourceFile } from '../model/types.js';
import { readWithParser } from './read.js';

/** Below this much text to parse, threads cost more than they save. */
const PARALLEL_MIN_BYTES = 1 << 20;

/**
 * Reads docs with remark: on `config.threads` threads when there is enough text (this one and
 * `threads - 1` workers), else here alone. Measured on 2-core machines, two threads parsed no faster than one (the parse is
 * bound by memory, not by the core), so one thread is the default. Workers run the built
 * code (dist/parse/read-worker.js); without it, everything is read here. Every doc given here
 * is parsed: the caller has ruled out the ones that need no parser.
 */
export async function readInParallel(files: readonly SourceFile[], config: ResolvedConfig, fast: boolean, onParsed?: (done: number, total: number) => void): Promise<[SourceFile, DocRead][]> {
  const bytes = files.reduce((sum, file) => sum + file.text.length, 0);
  const threads = Math.min(config.threads, availableParallelism(), files.length);
  // Looked for only when threads may pay off (a file-system check: an editor's runs skip it).
  const worker = bytes < PARALLEL_MIN_BYTES || threads < 2 ? undefined : workerScript();
  if (!worker) {
    const synonyms = columnSynonyms(config.columns);
    return files.map((file, index) => {
      const read = readWithParser(file, synonyms, config.includeStatus, fast);
      onParsed?.(index + 1, files.length);
      return [file, read];
    });
  }
  // Largest first, each to the least loaded thread: the big docs decide the time.
  const loads = Array.from({ length: threads }, () => ({ bytes: 0, files: [] as SourceFile[] }));
  for (const file of [...files].sort((a, b) => b.text.length - a.text.length)) {
    const least = loads.reduce((min, load) => (load.bytes < min.bytes ? load : min));
    least.bytes += file.text.length;
    least.files.push(file);
  }
  // The main thread reads the first share itself while the workers read the others.
  const [own, ...shares] = loads;
  const results = Promise.all(
    shares.map(
      (load) =>
        new Promise<[SourceFile, DocRead][]>((resolve, reject) => {
          const thread = new Worker(worker);
          thread.once('error', reject);
          thread.once('message', (encoded: string[]) => {
            void thread.terminate();
            const reads = encoded.map((data) => decodeDocRead(data));
            if (reads.some((read) => read === undefined)) reject(new Error('a worker returned an unreadable result'));
            else resolve(load.files.map((file, index) => [file, reads[index] as DocRead]));
          });
          thread.postMessage({ files: load.files, columns: config.columns, includeStatus: config.includeStatus, fast });
        }),
    ),
  );
  const synonyms = columnSynonyms(config.columns);
  const mine = (own?.files ?? []).map((file): [SourceFile, DocRead] => [file, readWithParser(file, synonyms, config.includeStatus, fast)]);
  const theirs = await results;
  onParsed?.(files.length, files.length);
  return [mine, ...theirs].flat();
}

function workerScript(): URL | undefined {
  // Running from dist/parse/, the worker is a sibling; under the test runner (src/parse/*.ts), the built one.
  for (const candidate of ['./read-worker.js', '../../dist/parse/read-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(url)) return url;
  }
  return undefined;
}
