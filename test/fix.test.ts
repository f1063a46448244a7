// `verify --fix` (issue 23): per SDK language, a doc and an SDK file in, the fixed doc out
// (golden), the --dry-run diff golden and the doc untouched by it, a second --fix a no-op, and
// verify then clean of what --fix mends. Fixtures: test/fixtures/fix/<case>/{doc-codegen.config.json,
// docs/, sdk/, expected[-<mode>]/, dry-run[-<mode>].diff}; `UPDATE=1` rewrites the goldens.
import { readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdits } from '../src/fix/apply.js';
import { cli } from './helpers/cli.js';
import { UPDATE } from './helpers/fixtures.js';
import { REPO_ROOT } from './helpers/paths.js';

const FIX_DIR = path.join(REPO_ROOT, 'test/fixtures/fix');
/** Each case, plain --fix; and the one whose doc has a member the SDK dropped, with --fix=remove-missing too. */
const RUNS: [string, string | undefined][] = [...readdirSync(FIX_DIR).sort().map((name): [string, undefined] => [name, undefined]), ['web-ts', 'remove-missing']];
/** What --fix leaves nothing of. */
const MENDED = new Set(['sdk-value-mismatch', 'doc-missing-member']);

const cleanups: string[] = [];
afterEach(async () => {
  for (const dir of cleanups.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function copyCase(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `doc-codegen-fix-${name}-`));
  cleanups.push(dir);
  await cp(path.join(FIX_DIR, name), dir, { recursive: true, filter: (source) => !/expected|\.diff$/.test(path.basename(source)) });
  return dir;
}

async function docsOf(dir: string): Promise<Map<string, string>> {
  const docs = new Map<string, string>();
  for (const file of readdirSync(path.join(dir, 'docs')).sort()) docs.set(file, await readFile(path.join(dir, 'docs', file), 'utf8'));
  return docs;
}

/** The golden at `file`: compared, or written under UPDATE. */
async function golden(file: string, actual: string): Promise<void> {
  if (UPDATE) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, actual);
  }
  expect(actual).toBe(await readFile(file, 'utf8'));
}

describe.each(RUNS)('verify --fix, fixture %s (mode %s)', (name, mode) => {
  const suffix = mode ? `-${mode}` : '';
  const fix = mode ? `--fix=${mode}` : '--fix';

  it('prints the diff with --dry-run and writes nothing', async () => {
    const dir = await copyCase(name);
    const before = await docsOf(dir);
    const result = await cli(['verify', '--sdk', 'sdk/*', fix, '--dry-run', '--no-cache'], dir);
    await golden(path.join(FIX_DIR, name, `dry-run${suffix}.diff`), result.stdout);
    expect(result.stdout).toMatch(/^--- a\/docs\//);
    expect(await docsOf(dir)).toEqual(before);
  });

  it('writes the fixed doc, and a second run changes nothing', async () => {
    const dir = await copyCase(name);
    const first = await cli(['verify', '--sdk', 'sdk/*', fix, '--no-cache'], dir);
    expect(first.stderr).toMatch(/--fix changed 1 doc:/);
    const fixed = await docsOf(dir);
    for (const [file, text] of fixed) await golden(path.join(FIX_DIR, name, `expected${suffix}`, file), text);
    const second = await cli(['verify', '--sdk', 'sdk/*', fix, '--no-cache', '--format', 'json'], dir);
    expect(second.stderr).toContain('--fix changed 0 docs.');
    expect(await docsOf(dir)).toEqual(fixed);
    const left = (JSON.parse(second.stdout) as { diagnostics: { ruleId: string }[] }).diagnostics.map((diagnostic) => diagnostic.ruleId);
    expect(left.filter((rule) => MENDED.has(rule))).toEqual([]);
    if (mode === 'remove-missing') expect(left).not.toContain('sdk-missing-member');
  });
});

describe('verify --fix on the bytes as they are', () => {
  it('keeps a BOM, CRLF line ends and a last line without a line end', async () => {
    const dir = await copyCase('ios-objc');
    const file = path.join(dir, 'docs/630001.md');
    const lf = await readFile(file, 'utf8');
    await writeFile(file, `\uFEFF${lf.replace(/\n$/, '').replace(/\n/g, '\r\n')}`);
    expect((await cli(['verify', '--sdk', 'sdk/*', '--fix', '--no-cache'], dir)).stderr).toMatch(/--fix changed 1 doc:/);
    const expected = (await readFile(path.join(FIX_DIR, 'ios-objc/expected/630001.md'), 'utf8')).replace(/\n$/, '').replace(/\n/g, '\r\n');
    expect(await readFile(file, 'utf8')).toBe(`\uFEFF${expected}`);
  });

  it('adds rows after a last line that has no line end', () => {
    const edits = { replace: new Map<number, string>(), insertAfter: new Map([[2, ['| B | 2 |']]]), remove: new Set<number>() };
    expect(applyEdits('| --- | --- |\n| A | 1 |', edits)).toBe('| --- | --- |\n| A | 1 |\n| B | 2 |');
    expect(applyEdits('| --- | --- |\r\n| A | 1 |\r\n', edits)).toBe('| --- | --- |\r\n| A | 1 |\r\n| B | 2 |\r\n');
    // Bare CR line ends are not lines to the model: nothing is applied.
    expect(applyEdits('a\rb', edits)).toBeUndefined();
  });

  it('writes nothing while the docs have errors, and says so', async () => {
    const dir = await copyCase('web-ts');
    const file = path.join(dir, 'docs/610001.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('| Legacy | `9` |', '| Off | `9` |'));
    const before = await readFile(file, 'utf8');
    const result = await cli(['verify', '--sdk', 'sdk/*', '--fix', '--no-cache'], dir);
    expect(result.stderr).toContain('--fix wrote nothing: the docs have errors (below)');
    expect(result.stderr).toContain('duplicate-member-name');
    expect(result.status).toBe(1);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('does not write a doc that changed on disk after it was read', async () => {
    const dir = await copyCase('android-java');
    const file = path.join(dir, 'docs/640001.md');
    const { writeFixes } = await import('../src/fix/apply.js');
    const read = [{ path: 'docs/640001.md', docId: '640001', hash: 'the hash of what was read', frontMatter: { isDir: false, status: 1, keywords: [] } }];
    const edits = new Map([['docs/640001.md', { replace: new Map([[7, '| ERR_BUSY | 1 | x |']]), insertAfter: new Map<number, string[]>(), remove: new Set<number>() }]]);
    const before = await readFile(file, 'utf8');
    const result = await writeFixes(dir, read, edits, false);
    expect(result).toMatchObject({ changed: [], conflicts: ['docs/640001.md'] });
    expect(await readFile(file, 'utf8')).toBe(before);
  });
});
