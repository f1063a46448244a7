// Fixes into the docs on disk: each doc's edits applied to its bytes as they are (BOM, CRLF or
// LF, the last line's missing line end all kept), only when the doc is still what the run
// read, and written whole or not at all; or, for --dry-run, the unified diff and nothing written.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sourceFile } from '../discover/files.js';
import type { DocInfo } from '../model/types.js';
import { writeFileAtomic } from '../util/atomic-file.js';
import { unifiedDiff } from '../util/unified-diff.js';

/** What to do to one doc, by its line numbers (1-based) as read. */
export interface DocEdits {
  replace: Map<number, string>;
  insertAfter: Map<number, string[]>;
  remove: Set<number>;
}

/** Edits that change nothing yet. */
export function noEdits(): DocEdits {
  return { replace: new Map(), insertAfter: new Map(), remove: new Set() };
}

/** `text` with `edits` applied, line by line; undefined when its line ends are bare CRs, which the edits' line numbers do not count. */
export function applyEdits(text: string, edits: DocEdits): string | undefined {
  if (/\r(?!\n)/.test(text)) return undefined;
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const lines = (bom ? text.slice(1) : text).split(/(?<=\n)/);
  const eol = lines[0]?.endsWith('\r\n') ? '\r\n' : '\n';
  const out: string[] = [];
  const inserted = (after: number): void => {
    for (const row of edits.insertAfter.get(after) ?? []) out.push(`${row}${eol}`);
  };
  inserted(0);
  lines.forEach((line, index) => {
    const number = index + 1;
    const end = /\r?\n$/.exec(line)?.[0] ?? '';
    const replaced = edits.replace.get(number);
    if (!edits.remove.has(number)) out.push(replaced === undefined ? line : `${replaced}${end}`);
    // A last line without a line end gets one before the rows that follow it.
    if (end === '' && edits.insertAfter.has(number) && !edits.remove.has(number)) out.push(eol);
    inserted(number);
  });
  const joined = out.join('');
  // The file ended without a line end: so does the fixed one.
  return bom + (text.endsWith('\n') || !joined.endsWith(eol) ? joined : joined.slice(0, -eol.length));
}

export interface FixResult {
  /** Docs written (or, for a dry run, that would be). */
  changed: string[];
  /** Docs left alone because they changed on disk after they were read. */
  conflicts: string[];
  /** Docs whose line ends cannot be fixed line by line. */
  unreadable: string[];
  /** For a dry run: the unified diff of every change. */
  diff: string;
}

/** Applies `edits` (by doc path, relative to `root`) to the docs `read` describes; writes nothing when `dryRun`. */
export async function writeFixes(root: string, read: readonly DocInfo[], edits: ReadonlyMap<string, DocEdits>, dryRun: boolean): Promise<FixResult> {
  const result: FixResult = { changed: [], conflicts: [], unreadable: [], diff: '' };
  const hashes = new Map(read.map((doc) => [doc.path, doc.hash]));
  const diffs: string[] = [];
  for (const [file, docEdits] of [...edits].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const bytes = readFileSync(path.join(root, file));
    if (sourceFile(file, bytes).hash !== hashes.get(file)) {
      result.conflicts.push(file);
      continue;
    }
    const before = bytes.toString('utf8');
    const after = applyEdits(before, docEdits);
    if (after === undefined) result.unreadable.push(file);
    if (after === undefined || after === before) continue;
    result.changed.push(file);
    if (dryRun) diffs.push(unifiedDiff(file, before, after));
    else await writeFileAtomic(path.join(root, file), after);
  }
  result.diff = diffs.map((text) => `${text}\n`).join('');
  return result;
}
