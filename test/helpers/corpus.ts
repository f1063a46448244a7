// The real doc set (882 docs). Its path comes from DOC_CODEGEN_CORPUS, by default the
// shared corpus beside this repo; tests that need it skip, saying so, when it is absent.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './paths.js';

export const CORPUS_DIR = path.resolve(REPO_ROOT, process.env.DOC_CODEGEN_CORPUS ?? '../shared/corpus/volcengine-rtc-docs');
export const HAS_CORPUS = existsSync(CORPUS_DIR);
export const CORPUS_SKIP_NOTE = `the real doc set is not at ${CORPUS_DIR}; set DOC_CODEGEN_CORPUS to run these tests`;

if (!HAS_CORPUS) console.warn(`[doc-codegen tests] SKIPPED: ${CORPUS_SKIP_NOTE}`);
