import { createHash } from 'node:crypto';

/** sha256 of text (of its UTF-8 bytes) or of bytes, hex: content hashes of docs, cache entries and output files. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
