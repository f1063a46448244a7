// A worker thread that parses docs (parse → extract) for workers.ts: the parse is the cost
// of a run, and docs are independent, so they are spread over the cores.
import { parentPort } from 'node:worker_threads';
import { encodeDocRead } from '../cache/doc-cache.js';
import type { ColumnRole } from '../config.js';
import { columnSynonyms } from '../infer/headers.js';
import type { SourceFile } from '../model/types.js';
import { readWithParser } from './read.js';

export interface ReadRequest {
  files: SourceFile[];
  columns: Partial<Record<ColumnRole, string[]>>;
  includeStatus: number[];
  fast: boolean;
}

parentPort?.on('message', (request: ReadRequest) => {
  const synonyms = columnSynonyms(request.columns);
  const reads = request.files.map((file) => encodeDocRead(readWithParser(file, synonyms, request.includeStatus, request.fast)));
  parentPort?.postMessage(reads);
});
