// The version of this doc-codegen, from its package.json (read once, synchronously: --version
// must answer without loading anything else).
import { readFileSync } from 'node:fs';

/** dist/cli/ (installed) and src/cli/ (tests) are both two folders below package.json. */
export const TOOL_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
