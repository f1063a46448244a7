import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes `file` whole or not at all: into a temp file beside it, then renamed over it (readers never see half a file). */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, file);
  } catch (error) {
    // A full disk or a folder where the file goes: no temp file left behind.
    await rm(temporary, { force: true, recursive: false }).catch(() => undefined);
    throw error;
  }
}
