// The list of files doc-codegen produced in outDir: what it may replace or remove.
// Files not listed are never touched.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { compareText } from '../util/order.js';

export const MANIFEST_FILE = '.doc-codegen-manifest.json';

export interface Manifest {
  files: string[];
}

export async function readManifest(outDir: string): Promise<Manifest | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(outDir, MANIFEST_FILE), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const data = JSON.parse(text) as { files?: unknown };
    if (Array.isArray(data.files) && data.files.every((file) => typeof file === 'string')) return { files: data.files as string[] };
  } catch {
    // A manifest that is not ours is treated as absent: nothing gets removed on its word.
  }
  return undefined;
}

export function manifestText(files: Iterable<string>): string {
  const list = [...files].sort(compareText);
  return `${JSON.stringify({ $comment: 'Files written by doc-codegen; it removes them when no longer produced. Do not edit.', files: list }, null, 2)}\n`;
}
