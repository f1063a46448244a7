// What the last run left in outDir, kept in the cache folder (never in outDir, so a new tool
// version cannot change committed output): a key of the run's inputs (the tool's own code,
// the config, the options that change its report, every doc read), a hash of every file it
// left in outDir, and what it reported. A run on the same inputs, with every file on disk as
// recorded, needs no parse, no model and no emit: the warm path. The files on disk are always
// checked: the record is a hint, and one whose checksum does not match is ignored.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../util/atomic-file.js';
import { sha256 } from '../util/hash.js';
import { toolFingerprint } from './fingerprint.js';
import type { StoredDiagnostic } from './stored-diagnostics.js';

const FORMAT = 'doc-codegen-run-record';

export interface RunRecord {
  /** The key of the run's inputs (recordKey). */
  inputs: string;
  /** Relative path → sha256 of the file left in outDir. */
  files: Record<string, string>;
  /** What the run reported. */
  diagnostics: StoredDiagnostic[];
}

/** A key of `inputs` and the tool's own code. */
export async function recordKey(inputs: unknown): Promise<string> {
  return sha256(`${await toolFingerprint()}\n${JSON.stringify(inputs)}`);
}

function recordFile(cacheDir: string, root: string, outDir: string): string {
  return path.join(cacheDir, `run-${sha256(`${root}\n${outDir}`).slice(0, 12)}.json`);
}

export function readRunRecord(cacheDir: string, root: string, outDir: string): RunRecord | undefined {
  try {
    // Stored as text with its checksum, like the doc cache's entries: an edited record is not trusted.
    const stored = JSON.parse(readFileSync(recordFile(cacheDir, root, outDir), 'utf8')) as { format?: string; sum?: unknown; data?: unknown };
    if (stored.format !== FORMAT || typeof stored.data !== 'string' || stored.sum !== sha256(stored.data)) return undefined;
    const data = JSON.parse(stored.data) as Partial<RunRecord>;
    if (typeof data.inputs !== 'string' || typeof data.files !== 'object' || data.files === null || !Array.isArray(data.diagnostics)) return undefined;
    return { inputs: data.inputs, files: data.files, diagnostics: data.diagnostics };
  } catch {
    return undefined;
  }
}

export async function writeRunRecord(cacheDir: string, root: string, outDir: string, record: RunRecord): Promise<void> {
  const data = JSON.stringify(record);
  await writeFileAtomic(recordFile(cacheDir, root, outDir), JSON.stringify({ format: FORMAT, sum: sha256(data), data }));
}
