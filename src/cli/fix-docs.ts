// The writing half of `lint --fix` and `verify --fix`: the planned edits into the docs (or,
// for --dry-run, their diff on stdout), and a report of what changed and what could not.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config.js';
import type { BuildModelResult } from '../build-model.js';
import { normalizeText } from '../discover/files.js';
import { writeFixes, type DocEdits } from '../fix/apply.js';
import { diagnosticFixes } from '../fix/diagnostic-fixes.js';
import type { DocInfo } from '../model/types.js';
import { plural } from '../util/plural.js';
import type { CliIo } from './io.js';

/**
 * A doc's lines as they are on disk now (the fix checks they are still what the run read),
 * each doc read once however many of its enums or reports ask.
 */
export function docLines(config: ResolvedConfig): (file: string) => string[] {
  const read = new Map<string, string[]>();
  return (file) => {
    let lines = read.get(file);
    if (!lines) read.set(file, (lines = normalizeText(readFileSync(path.join(config.root, file), 'utf8')).split('\n')));
    return lines;
  };
}

/** Writes (or prints) `edits`; the number of docs changed, or undefined when a doc could not be written. */
export async function writeDocEdits(io: CliIo, config: ResolvedConfig, read: readonly DocInfo[], edits: ReadonlyMap<string, DocEdits>, dryRun: boolean, notes: { done: readonly string[]; skipped: readonly string[] }): Promise<number | undefined> {
  const written = await writeFixes(config.root, read, edits, dryRun);
  if (dryRun) io.stdout.write(written.diff);
  const out = [`doc-codegen: --fix ${dryRun ? 'would change' : 'changed'} ${plural(written.changed.length, 'doc')}${notes.done.length > 0 ? ':' : '.'}`, ...notes.done.map((line) => `  ${line}`)];
  for (const line of notes.skipped) out.push(`  not fixed: ${line}`);
  for (const file of written.conflicts) out.push(`  not written: ${file} changed on disk while this run read it; run again.`);
  for (const file of written.unreadable) out.push(`  not written: ${file} ends lines with bare CR characters; save it with LF or CRLF line ends and run again.`);
  io.stderr.write(`${out.join('\n')}\n`);
  return written.conflicts.length + written.unreadable.length > 0 ? undefined : written.changed.length;
}

/** `lint --fix`: the replacements the diagnostics carry. */
export function fixDocs(io: CliIo, config: ResolvedConfig, result: BuildModelResult, dryRun: boolean): Promise<number | undefined> {
  const fixable = result.diagnostics.filter((diagnostic) => diagnostic.expected?.length === 1);
  const done = fixable.map((diagnostic) => `${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.ruleId}: \`${diagnostic.expected?.[0] ?? ''}\``);
  return writeDocEdits(io, config, result.model.docs, diagnosticFixes(fixable, docLines(config)), dryRun, { done, skipped: [] });
}
