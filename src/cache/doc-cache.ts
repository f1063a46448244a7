// A persistent cache of per-doc results (what read-docs.ts computes from one doc), so a
// second run skips parsing every doc whose content did not change. An entry is keyed by
// the doc's content hash and path, the tool's own code, and the config parts that change
// extraction; it carries a checksum of its data. A corrupt or foreign file or entry is
// ignored, never trusted.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { restoreDiagnostics, storeDiagnostics } from './stored-diagnostics.js';
import type { SourceFile } from '../model/types.js';
import type { DocRead } from '../model/draft.js';
import { writeFileAtomic } from '../util/atomic-file.js';
import { sha256 } from '../util/hash.js';
import { toolFingerprint } from './fingerprint.js';

const FORMAT = 'doc-codegen-doc-cache';

interface StoredEntry {
  /** sha256 of `data` as stored: an entry whose data does not match is not trusted. */
  sum: string;
  data: string;
}

interface StoredCache {
  format: typeof FORMAT;
  tool: string;
  entries: Record<string, StoredEntry>;
}

export interface CacheStats {
  hits: number;
  misses: number;
}

export class DocCache {
  private entries: Map<string, StoredEntry>;
  private used = new Map<string, StoredEntry>();
  /** Entries already decoded in this process (a watcher's runs): no JSON parse on a hit. */
  private decoded = new Map<string, DocRead>();
  readonly stats: CacheStats = { hits: 0, misses: 0 };

  /** `file` undefined: a cache in memory only (a watcher run with --no-cache). */
  private constructor(
    private readonly file: string | undefined,
    private readonly tool: string,
    entries: Map<string, StoredEntry>,
  ) {
    this.entries = entries;
  }

  static inMemory(): DocCache {
    return new DocCache(undefined, 'memory', new Map());
  }

  /**
   * Opens the cache of the project at `root` in `dir`; an unreadable or foreign cache starts
   * empty. `fullParse` runs (`--verbose`) keep their own file: every run drops the entries it
   * did not use, and `lint` and `lint --verbose` would otherwise evict each other's.
   */
  static async open(dir: string, root: string, fullParse = false): Promise<DocCache> {
    const tool = await toolFingerprint();
    // One file per project, so projects sharing a cache folder never evict each other.
    const file = path.join(dir, `docs-${sha256(root).slice(0, 12)}${fullParse ? '-full' : ''}.json`);
    const entries = new Map<string, StoredEntry>();
    try {
      const stored = JSON.parse(await readFile(file, 'utf8')) as Partial<StoredCache>;
      if (stored.format === FORMAT && stored.tool === tool && stored.entries && typeof stored.entries === 'object') {
        for (const [key, entry] of Object.entries(stored.entries)) {
          if (typeof entry?.data === 'string' && entry.sum === sha256(entry.data)) entries.set(key, entry);
        }
      }
    } catch {
      // No cache yet, or not one of ours: start empty.
    }
    return new DocCache(file, tool, entries);
  }

  /** The key of a doc's result: its content, its path, and the config parts that change extraction. */
  static key(file: SourceFile, extractConfig: unknown): string {
    return sha256(JSON.stringify([file.path, file.hash, extractConfig]));
  }

  get(key: string): DocRead | undefined {
    const entry = this.entries.get(key);
    const read = entry && (this.decoded.get(key) ?? decodeDocRead(entry.data));
    if (read) this.decoded.set(key, read);
    if (!entry || !read) {
      this.stats.misses++;
      return undefined;
    }
    this.stats.hits++;
    this.used.set(key, entry);
    return read;
  }

  set(key: string, read: DocRead): void {
    const data = encodeDocRead(read);
    const entry = { sum: sha256(data), data };
    this.entries.set(key, entry);
    this.used.set(key, entry);
    this.decoded.set(key, read);
  }

  /** Drops the entries not used since the last save, then writes the cache file. */
  async save(): Promise<void> {
    this.endRun();
    await this.write();
  }

  /**
   * Drops the entries not used since the last call (every run gets every doc, so the cache
   * never grows stale), and starts counting use again. A watcher calls it after every run
   * and writes the file only when idle: writing it all costs more than a one-doc run.
   */
  endRun(): void {
    this.entries = this.used;
    this.used = new Map();
    for (const key of this.decoded.keys()) if (!this.entries.has(key)) this.decoded.delete(key);
  }

  /** Writes the entries kept (after the last endRun) to the cache file, if the cache has one. */
  async write(): Promise<void> {
    if (this.file === undefined) return;
    const stored: StoredCache = { format: FORMAT, tool: this.tool, entries: Object.fromEntries(this.entries) };
    await writeFileAtomic(this.file, JSON.stringify(stored));
  }

  /** Counts hits and misses from zero again (one line of stats per watch run). */
  resetStats(): void {
    this.stats.hits = 0;
    this.stats.misses = 0;
  }
}


/** A DocRead as text: for the cache file, and across worker threads (vfile messages are class instances). */
export function encodeDocRead(read: DocRead): string {
  return JSON.stringify({ doc: read.doc, diagnostics: storeDiagnostics(read.diagnostics) });
}

/** The DocRead of stored data, or undefined when it does not look like one. */
export function decodeDocRead(data: string): DocRead | undefined {
  try {
    const parsed = JSON.parse(data) as { doc?: DocRead['doc']; diagnostics?: unknown };
    if (parsed.doc !== undefined && (typeof parsed.doc !== 'object' || !Array.isArray(parsed.doc.definitions))) return undefined;
    const diagnostics = restoreDiagnostics(parsed.diagnostics);
    if (!diagnostics) return undefined;
    return parsed.doc === undefined ? { diagnostics } : { doc: parsed.doc, diagnostics };
  } catch {
    return undefined;
  }
}
