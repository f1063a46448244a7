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

export interface ParallelOptions {
  /** Told how many of the docs have been parsed, of how many. */
  onParsed?: (done: number, total: number) => void;
  /** Called once the docs have gone to worker threads, before they are waited for. */
  whileParsing?: () => void;
  /** Workers started ahead (startWorkers); those not given docs are stopped. */
  workers?: readonly ParseWorker[];
}

/** A worker thread started ahead of the docs it will get, and the error it may stop with before then. */
export interface ParseWorker {
  thread: Worker;
  failed: Promise<never>;
}

/**
 * With `config.threads` of N > 1, N - 1 worker threads started now, when up to `bytesAtMost`
 * of text may go to them: a worker takes about 0.2 s to load the parser, which it then spends
 * while the caller scans the docs for the ones to parse. None when threads cannot pay off.
 * They hold the process open only once they are given docs.
 */
export function startWorkers(config: ResolvedConfig, bytesAtMost: number): ParseWorker[] {
  const count = Math.min(config.threads, availableParallelism()) - 1;
  // Looked for only when threads may pay off (a file-system check: an editor's runs skip it).
  const script = bytesAtMost < PARALLEL_MIN_BYTES || count < 1 ? undefined : workerScript();
  if (!script) return [];
  return Array.from({ length: count }, () => {
    const thread = new Worker(script);
    thread.unref();
    const failed = new Promise<never>((_resolve, reject) => thread.once('error', reject));
    failed.catch(() => undefined);
    return { thread, failed };
  });
}

/**
 * Reads docs with remark: on the workers given (startWorkers) when there is enough text, while
 * the caller goes on (it reads the docs that need no parser, and may load what it needs next:
 * `whileParsing`); else here, before this returns. On 2 cores, one worker beside a main
 * thread that does the rest saves 0.5 to 0.7 s of a cold run of the real set; two parsers at
 * once gain little there (the parse is bound by memory, not by the core). Every doc given
 * here is parsed: the caller has ruled out the ones that need no parser.
 */
export function readInParallel(files: readonly SourceFile[], config: ResolvedConfig, fast: boolean, options: ParallelOptions = {}): Promise<[SourceFile, DocRead][]> {
  const bytes = files.reduce((sum, file) => sum + file.text.length, 0);
  const started = options.workers ?? [];
  const workers = bytes < PARALLEL_MIN_BYTES ? [] : started.slice(0, files.length);
  for (const idle of started.slice(workers.length)) void idle.thread.terminate();
  if (workers.length === 0) {
    const synonyms = columnSynonyms(config.columns);
    return Promise.resolve(
      files.map((file, index) => {
        const read = readWithParser(file, synonyms, config.includeStatus, fast);
        options.onParsed?.(index + 1, files.length);
        return [file, read];
      }),
    );
  }
  // Largest first, each to the least loaded worker: the big docs decide the time.
  const loads = workers.map((worker) => ({ worker, bytes: 0, files: [] as SourceFile[] }));
  for (const file of [...files].sort((a, b) => b.text.length - a.text.length)) {
    const least = loads.reduce((min, load) => (load.bytes < min.bytes ? load : min));
    least.bytes += file.text.length;
    least.files.push(file);
  }
  const results = Promise.all(loads.map((load) => readOnWorker(load.worker, load.files, config, fast)));
  options.whileParsing?.();
  return results.then((reads) => {
    options.onParsed?.(files.length, files.length);
    return reads.flat();
  });
}

/** `files` read on a worker, which stops once it has answered. */
function readOnWorker({ thread, failed }: ParseWorker, files: SourceFile[], config: ResolvedConfig, fast: boolean): Promise<[SourceFile, DocRead][]> {
  const answered = new Promise<[SourceFile, DocRead][]>((resolve, reject) => {
    thread.ref();
    thread.once('message', (encoded: string[]) => {
      void thread.terminate();
      const reads = encoded.map((data) => decodeDocRead(data));
      if (reads.some((read) => read === undefined)) reject(new Error('a worker returned an unreadable result'));
      else resolve(files.map((file, index) => [file, reads[index] as DocRead]));
    });
    thread.postMessage({ files, columns: config.columns, includeStatus: config.includeStatus, fast });
  });
  return Promise.race([answered, failed]);
}

function workerScript(): URL | undefined {
  // Running from dist/parse/, the worker is a sibling; under the test runner (src/parse/*.ts), the built one.
  for (const candidate of ['./read-worker.js', '../../dist/parse/read-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(url)) return url;
  }
  return undefined;
}
