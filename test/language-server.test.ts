// A real language-server session (issue 25, item 8): the remark language server, on stdio,
// on a project set up as README's "In your editor" says (.remarkrc.json with the preset).
// Open a broken doc, edit it without saving (fixed, broken again), open a README and an
// excluded doc, close: each step waits on the server's own publishDiagnostics, never a sleep.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/paths.js';

const SERVER = path.join(REPO_ROOT, 'test/language-server/server.mjs');
const DEADLINE_MS = 20_000;

interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
}

/** A JSON-RPC connection over the server's stdio (LSP framing: Content-Length headers). */
class Session {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();
  /** Published diagnostics by document URI, each publication in order. */
  readonly published = new Map<string, LspDiagnostic[][]>();
  private readonly waiters = new Set<() => void>();

  constructor(private readonly server: ChildProcess) {
    server.stdout?.on('data', (chunk: Buffer) => this.read(chunk));
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as { id?: number; method?: string; params?: unknown; result?: unknown };
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(message);
    }
  }

  private handle(message: { id?: number; method?: string; params?: unknown; result?: unknown }): void {
    if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: LspDiagnostic[] };
      this.published.set(uri, [...(this.published.get(uri) ?? []), diagnostics]);
    } else if (message.method !== undefined && message.id !== undefined) {
      // A request from the server (configuration, capabilities): answered with nothing set.
      this.send({ jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? [{}] : null });
    } else if (message.id !== undefined) {
      this.pending.get(message.id)?.(message.result);
      this.pending.delete(message.id);
    }
    for (const waiter of this.waiters) waiter();
  }

  private send(message: object): void {
    const text = JSON.stringify(message);
    this.server.stdin?.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve) => this.pending.set(id, resolve));
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The next diagnostics published for `uri` after `seen` publications, or a failure at the deadline. */
  nextDiagnostics(uri: string, seen: number): Promise<LspDiagnostic[]> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const list = this.published.get(uri) ?? [];
        if (list.length > seen) {
          cleanup();
          resolve(list[seen] as LspDiagnostic[]);
        }
      };
      const deadline = setTimeout(() => {
        cleanup();
        reject(new Error(`no diagnostics for ${uri} after ${seen} publications`));
      }, DEADLINE_MS);
      const cleanup = (): void => {
        clearTimeout(deadline);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Sends `act`, then resolves with the next diagnostics published for `uri`. */
  async after(uri: string, act: () => void): Promise<LspDiagnostic[]> {
    const seen = this.published.get(uri)?.length ?? 0;
    act();
    return this.nextDiagnostics(uri, seen);
  }
}

const doc = (value: string): string =>
  ['---', 'is_dir: false', 'status: 1', 'keywords: lamp', '---', '', '## LampColor', '', '类型: `enum`', '', '| 属性 | 值 | 描述 |', '| --- | --- | --- |', '| Off | `0` | 暗 |', `| On | ${value} | 亮 |`, ''].join('\n');

let project: string;
let server: ChildProcess;
let session: Session;
const ours = (diagnostics: LspDiagnostic[]): LspDiagnostic[] => diagnostics.filter((diagnostic) => diagnostic.source === 'doc-codegen');

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-lsp-'));
  await mkdir(path.join(project, 'node_modules'));
  await symlink(REPO_ROOT, path.join(project, 'node_modules/doc-codegen'));
  await mkdir(path.join(project, 'docs'));
  await writeFile(path.join(project, 'doc-codegen.config.json'), JSON.stringify({ docs: ['docs/*.md', '!docs/draft.md'] }));
  await writeFile(path.join(project, '.remarkrc.json'), JSON.stringify({ plugins: ['doc-codegen/remark-preset'] }));
  await writeFile(path.join(project, 'docs/lamp.md'), doc('`2 2`'));
  server = spawn(process.execPath, [SERVER, '--stdio'], { cwd: project, stdio: ['pipe', 'pipe', 'ignore'] });
  session = new Session(server);
  const root = pathToFileURL(project).href;
  await session.request('initialize', { processId: process.pid, rootUri: root, capabilities: {}, workspaceFolders: [{ uri: root, name: 'docs' }] });
  session.notify('initialized', {});
});

afterAll(async () => {
  if (session) await session.request('shutdown', null);
  session?.notify('exit', null);
  await new Promise((resolve) => (server.exitCode === null ? server.on('exit', resolve) : resolve(undefined)));
  await rm(project, { recursive: true, force: true });
});

describe('the remark language server with doc-codegen/remark-preset', () => {
  it('checks a doc on open, on unsaved edits (fixed, broken again) and clears it on close', async () => {
    const uri = pathToFileURL(path.join(project, 'docs/lamp.md')).href;
    const opened = await session.after(uri, () => session.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: doc('`2 2`') } }));
    expect(ours(opened).map((diagnostic) => ({ code: diagnostic.code, severity: diagnostic.severity, line: diagnostic.range.start.line }))).toEqual([
      { code: 'unparsable-value', severity: 1, line: 13 },
    ]);
    const fixed = await session.after(uri, () => session.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: doc('`1`') }] }));
    expect(ours(fixed)).toEqual([]);
    const duplicated = `${doc('`1`').trimEnd()}\n| On | \`2\` | 又亮 |\n`;
    const broken = await session.after(uri, () => session.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: duplicated }] }));
    expect(ours(broken).map((diagnostic) => ({ code: diagnostic.code, range: diagnostic.range }))).toEqual([
      { code: 'duplicate-member-name', range: { start: { line: 14, character: 2 }, end: { line: 14, character: 4 } } },
    ]);
    const closed = await session.after(uri, () => session.notify('textDocument/didClose', { textDocument: { uri } }));
    expect(closed).toEqual([]);
  });

  it('offers the quick fix of a fixable rule, and the diagnostic is gone once it is applied to the unsaved text', async () => {
    const uri = pathToFileURL(path.join(project, 'docs/short-row.md')).href;
    // Unsaved: the file on disk does not exist; the row `| On | \`1\` |` has a cell too few.
    const text = doc('`1`').replace('| On | `1` | 亮 |', '| On | `1` |');
    const opened = await session.after(uri, () => session.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } }));
    const [short] = ours(opened);
    expect(ours(opened).map((diagnostic) => diagnostic.code)).toEqual(['table-row-cells']);
    if (!short) throw new Error('no diagnostic');
    const actions = (await session.request('textDocument/codeAction', { textDocument: { uri }, range: short.range, context: { diagnostics: [short] } })) as {
      title: string;
      isPreferred?: boolean;
      edit: { changes: Record<string, { range: LspDiagnostic['range']; newText: string }[]> };
    }[];
    expect(actions.map((action) => ({ title: action.title, isPreferred: action.isPreferred }))).toEqual([{ title: 'Replace `| On | `1` |` with `| On | `1` | |`', isPreferred: true }]);
    const [edit] = actions[0]?.edit.changes[uri] ?? [];
    if (!edit) throw new Error('no edit');
    // Applied as an editor applies it: the range's text replaced, then the change sent unsaved.
    const lines = text.split('\n');
    const line = lines[edit.range.start.line] ?? '';
    lines[edit.range.start.line] = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
    const fixed = await session.after(uri, () => session.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: lines.join('\n') }] }));
    expect(ours(fixed)).toEqual([]);
    expect(lines[13]).toBe('| On | `1` | |');
  });

  it('leaves files the config does not name alone: a README, an excluded doc', async () => {
    for (const [file, text] of [
      ['README.md', '# A project\n\n| 属性 | 值 | 描述 |\n| --- | --- | --- |\n| On | `2 2` | 亮 |\n'],
      ['docs/draft.md', doc('`2 2`')],
    ] as const) {
      const uri = pathToFileURL(path.join(project, file)).href;
      const opened = await session.after(uri, () => session.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } }));
      expect(ours(opened), file).toEqual([]);
    }
  });
});
