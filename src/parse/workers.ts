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
 * Reads docs with remark: with workers (startWorkers) and enough text, the workers take the
 * largest docs and this thread the smallest, one at a time, until they meet; this thread
 * starts once the caller has gone on (it reads the docs that need no parser, and may load what
 * it needs next: `whileParsing`) and lets the event loop run between docs, so the workers are
 * never kept waiting for their next doc. Without workers, everything is read here before this
 * returns. On 2 cores, the main thread is the parse's second thread only for what is left
 * once its own work is done: two parsers at once gain little there (the parse is bound by
 * memory, not by the core). Every doc given here is parsed: the caller has ruled out the
 * ones that need no parser.
 */
export function readInParallel(files: readonly SourceFile[], config: ResolvedConfig, fast: boolean, options: ParallelOptions = {}): Promise<[SourceFile, DocRead][]> {
  const bytes = files.reduce((sum, file) => sum + file.text.length, 0);
  const started = options.workers ?? [];
  const workers = bytes < PARALLEL_MIN_BYTES ? [] : started.slice(0, files.length);
  for (const idle of started.slice(workers.length)) void idle.thread.terminate();
  const synonyms = columnSynonyms(config.columns);
  const reads: [SourceFile, DocRead][] = [];
  const settle = (file: SourceFile, read: DocRead): void => {
    reads.push([file, read]);
    options.onParsed?.(reads.length, files.length);
  };
  if (workers.length === 0) {
    for (const file of files) settle(file, readWithParser(file, synonyms, config.includeStatus, fast));
    return Promise.resolve(reads);
  }
  const queue = [...files].sort((a, b) => b.text.length - a.text.length);
  const onWorkers = Promise.all(workers.map((worker) => feedWorker(worker, queue, { config, fast, settle })));
  // A worker's failure ends the read: the others stop, this thread stops at its next doc, and the failure is thrown below.
  let failed = false;
  onWorkers.catch(() => {
    failed = true;
    for (const { thread } of workers) void thread.terminate();
  });
  options.whileParsing?.();
  const here = async (): Promise<[SourceFile, DocRead][]> => {
    for (;;) {
      await nextTurn();
      if (failed) break;
      const file = queue.pop();
      if (!file) break;
      settle(file, readWithParser(file, synonyms, config.includeStatus, fast));
    }
    await onWorkers;
    return reads;
  };
  return here();
}

/** After the event loop has had a turn: the caller's synchronous work, messages from workers, loading modules. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

interface Feed {
  config: ResolvedConfig;
  fast: boolean;
  settle: (file: SourceFile, read: DocRead) => void;
}

/** Hands a worker the queue's largest docs, two at a time in flight (it never waits for the next), until the queue is empty; then stops it. */
function feedWorker({ thread, failed }: ParseWorker, queue: SourceFile[], { config, fast, settle }: Feed): Promise<void> {
  const fed = new Promise<void>((resolve, reject) => {
    const inFlight: SourceFile[] = [];
    const next = (): void => {
      const file = queue.shift();
      if (!file) return;
      inFlight.push(file);
      thread.postMessage({ files: [file], columns: config.columns, includeStatus: config.includeStatus, fast });
    };
    const stop = (): void => {
      void thread.terminate();
      resolve();
    };
    thread.on('message', ([encoded]: string[]) => {
      const file = inFlight.shift();
      const read = encoded === undefined ? undefined : decodeDocRead(encoded);
      if (!file || !read) {
        void thread.terminate();
        reject(new Error('a worker returned an unreadable result'));
        return;
      }
      settle(file, read);
      next();
      if (inFlight.length === 0) stop();
    });
    thread.ref();
    next();
    next();
    if (inFlight.length === 0) stop();
  });
  return Promise.race([fed, failed]);
}

function workerScript(): URL | undefined {
  // Running from dist/parse/, the worker is a sibling; under the test runner (src/parse/*.ts), the built one.
  for (const candidate of ['./read-worker.js', '../../dist/parse/read-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(url)) return url;
  }
  return undefined;
}
