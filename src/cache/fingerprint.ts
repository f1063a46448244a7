// What identifies this build of doc-codegen for caches: its version and a hash of its own
// code, so a cache written by another version, or by a changed checkout, is never used.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let fingerprint: Promise<string> | undefined;

/** The folder of this file's build (dist/ when installed, src/ under the test runner). */
const CODE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function toolFingerprint(): Promise<string> {
  fingerprint ??= compute();
  return fingerprint;
}

async function compute(): Promise<string> {
  const hash = createHash('sha256');
  const manifest = JSON.parse(await readFile(path.join(CODE_DIR, '../package.json'), 'utf8')) as { version: string };
  hash.update(manifest.version);
  const files = (await readdir(CODE_DIR, { recursive: true }))
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => /\.(js|ts)$/.test(file) && !file.endsWith('.d.ts'))
    .sort();
  for (const file of files) hash.update(file).update(await readFile(path.join(CODE_DIR, file)));
  return `${manifest.version}+${hash.digest('hex').slice(0, 16)}`;
}
