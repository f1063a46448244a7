import { createHash } from 'node:crypto';

/** sha256 of text, hex: content hashes of docs, cache entries and output files. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
