// What the last emit produced, kept in the cache folder (never in outDir, so a new tool
// version cannot change committed output): a key of everything emit reads, and a hash of
// every file it produced. A run whose key matches, with every file on disk as recorded,
// needs no emit at all. The files on disk are always checked: the record is a hint.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from '../util/hash.js';
import { toolFingerprint } from './fingerprint.js';

const FORMAT = 'doc-codegen-emit-record';

export interface EmitRecord {
  key: string;
  /** Relative path → sha256 of the text produced. */
  files: Record<string, string>;
}

/** The key of an emit: the tool's own code and everything the emitters read. */
export async function emitKey(inputs: unknown): Promise<string> {
  return sha256(`${await toolFingerprint()}\n${JSON.stringify(inputs)}`);
}

function recordFile(cacheDir: string, root: string, outDir: string): string {
  return path.join(cacheDir, `emit-${sha256(`${root}\n${outDir}`).slice(0, 12)}.json`);
}

export async function readEmitRecord(cacheDir: string, root: string, outDir: string): Promise<EmitRecord | undefined> {
  try {
    const data = JSON.parse(await readFile(recordFile(cacheDir, root, outDir), 'utf8')) as { format?: string } & Partial<EmitRecord>;
    if (data.format !== FORMAT || typeof data.key !== 'string' || typeof data.files !== 'object' || data.files === null) return undefined;
    return { key: data.key, files: data.files };
  } catch {
    return undefined;
  }
}

export async function writeEmitRecord(cacheDir: string, root: string, outDir: string, record: EmitRecord): Promise<void> {
  const file = recordFile(cacheDir, root, outDir);
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify({ format: FORMAT, ...record }));
  await rename(temporary, file);
}
