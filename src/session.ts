// What a long-lived caller (watch mode) keeps between runs, owned by one object: per-doc
// results (doc cache), drafts and enums (model memo), modules' files (emit memo), the docs
// it read and what it last left in outDir. The caller says what changed (`invalidate`);
// the runs ask for what still holds and tell what they did.
import { DocCache } from './cache/doc-cache.js';
import type { KnownFiles, Listed } from './discover/files.js';
import type { EmitMemo } from './emit/index.js';
import { createModelMemo, type ModelMemo } from './model/memo.js';
import type { Model, SourceFile } from './model/types.js';
import type { PreviousOutput } from './write/previous.js';

export class GenerateSession {
  readonly modelMemo: ModelMemo = createModelMemo();
  /** Made by the first run that emits (the emitter loads only then). */
  private emitted?: EmitMemo;
  /** The last model, version and changelog written. */
  private previous?: PreviousOutput;
  /** Every file last left in outDir, the manifest included; undefined when outDir must be read. */
  private output?: Map<string, string>;
  /** Which folder outDir was when this session last left it (util/stamp.ts). */
  private outputId?: string;
  /** The docs the last run read, by relative path; undefined before the first run. */
  private files?: Map<string, SourceFile>;
  /** Docs changed since the last run read them (relative paths, `/`). */
  private readonly changed = new Set<string>();
  /** Each glob's paths in the last run. */
  private readonly lists = new Map<string, Listed>();

  /** `docCache`: per-doc results, in memory (the default) or backed by the config's cacheDir. */
  constructor(readonly docCache: DocCache = DocCache.inMemory()) {}

  /** Docs changed on disk (paths relative to the config's folder): the next run reads them again. */
  invalidate(paths: Iterable<string>): void {
    for (const file of paths) this.changed.add(file.replaceAll('\\', '/'));
  }

  /** A doc came or went: the next run lists the globs again. */
  relist(): void {
    this.lists.clear();
  }

  /** What the next run may take as read: every doc not invalidated, and the globs' lists. */
  knownFiles(): KnownFiles | undefined {
    if (!this.files) return undefined;
    const files = new Map([...this.files].filter(([relative]) => !this.changed.has(relative)));
    return { files, lists: this.lists };
  }

  /** A run read these docs: they are what the next run knows. */
  docsRead(files: readonly SourceFile[]): void {
    this.files = new Map(files.map((file) => [file.path, file]));
    this.changed.clear();
  }

  /** The emit memo, made with `create` the first time (the emitter loads only for runs that emit). */
  emitMemo(create: () => EmitMemo): EmitMemo {
    this.emitted ??= create();
    return this.emitted;
  }

  /** What the last run left in outDir, when it is known without reading outDir. */
  get lastOutput(): { previous?: PreviousOutput; files?: ReadonlyMap<string, string>; identity?: string } {
    return { previous: this.previous, files: this.output, identity: this.outputId };
  }

  /** The model of the last output written (undefined before the first). */
  get lastModel(): Model | undefined {
    return this.previous?.model;
  }

  /** outDir (the folder `identity`) now holds `files` (manifest included), made from `model` as `release`. */
  outputWritten(model: Model, release: { version: string; changelog: string }, files: Map<string, string>, identity: string | undefined): void {
    this.previous = { model, version: release.version, changelog: release.changelog };
    this.output = files;
    this.outputId = identity;
  }

  /** What a failed write left in outDir is unknown: the next run reads it again. */
  outputUnknown(): void {
    this.output = undefined;
    this.previous = undefined;
    this.outputId = undefined;
  }
}
