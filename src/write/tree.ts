// What outDir holds, read without following links: the writer compares against it, carries
// over what it did not produce, and refuses to write through a symbolic link.
import { lstatSync, readdirSync, readlinkSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { realPath } from '../util/paths.js';

export interface OutputTree {
  /** outDir with every link in its path resolved: the folder the writer swaps. */
  root: string;
  /** Whether outDir exists (as a folder). */
  exists: boolean;
  /** Relative paths (`/`) of regular files, folders and symbolic links (with their targets). */
  files: Set<string>;
  dirs: Set<string>;
  links: Map<string, string>;
  /** Anything else (sockets, pipes, devices): never carried, never overwritten. */
  others: Set<string>;
  /** Temp files an interrupted run of an earlier version left (`*.doc-codegen-<pid>.tmp`). */
  leftovers: string[];
}

const LEFTOVER_TEMP = /\.doc-codegen-\d+\.tmp$/;

/** Reads outDir's entries (lstat: links are listed, never followed). */
export function readOutputTree(outDir: string): OutputTree {
  const root = realPath(outDir);
  const tree: OutputTree = { root, exists: false, files: new Set(), dirs: new Set(), links: new Map(), others: new Set(), leftovers: [] };
  try {
    if (!lstatSync(root).isDirectory()) {
      throw Object.assign(new Error(`ENOTDIR: not a directory, outDir '${outDir}'`), { code: 'ENOTDIR', path: outDir, syscall: 'scandir' });
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return tree;
    throw error;
  }
  tree.exists = true;
  const walk = (relative: string): void => {
    const entries: Dirent[] = readdirSync(path.join(root, relative), { withFileTypes: true });
    for (const entry of entries) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        tree.dirs.add(child);
        walk(child);
      } else if (entry.isFile()) {
        if (LEFTOVER_TEMP.test(entry.name)) tree.leftovers.push(child);
        else tree.files.add(child);
      } else if (entry.isSymbolicLink()) {
        tree.links.set(child, readlinkSync(path.join(root, child)));
      } else {
        tree.others.add(child);
      }
    }
  };
  walk('');
  return tree;
}

/** The folders `relative` is in, outermost first (`a/b/c.ts` → `a`, `a/b`). */
export function foldersOf(relative: string): string[] {
  const folders: string[] = [];
  for (let slash = relative.indexOf('/'); slash >= 0; slash = relative.indexOf('/', slash + 1)) folders.push(relative.slice(0, slash));
  return folders;
}

/** The link or special file at `relative` or at one of its folders, if any: writing there would go through it. */
export function blockedBy(tree: OutputTree, relative: string): string | undefined {
  return [...foldersOf(relative), relative].find((entry) => tree.links.has(entry) || tree.others.has(entry));
}
