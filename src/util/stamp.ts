import { statSync } from 'node:fs';

/**
 * What tells one version of a file or folder from the next without reading it: which it is
 * (device, inode: a folder swapped in is another), its size and its change times. Undefined
 * when it is not there. Links are followed.
 */
export function fileStamp(file: string): string | undefined {
  try {
    const stats = statSync(file, { bigint: true });
    return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
  } catch {
    return undefined;
  }
}
