// Faults that would lose output (issue 26, items 1, 7 and 8): a docs folder that is gone,
// docs whose module names would overwrite the package's own files, names too long for a file
// system, and config keys such as `constructor`. Each is a real
// file-system state the test sets up; the user sees one diagnostic, exit 1, and outDir
// exactly as it was.
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { copyProject } from '../helpers/project.js';

/** Every file below `dir` with its text: what "outDir exactly as it was" is compared as. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, file), await readFile(file, 'utf8'));
    }
  }
  return files;
}

describe('input that vanished never removes output', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('refuses to run when no doc matches the globs but outDir holds earlier output: exit 1, outDir untouched', async () => {
    const { dir, cleanup } = await copyProject();
    cleanups.push(cleanup);
    const before = await snapshot(path.join(dir, 'generated'));
    await rename(path.join(dir, 'docs'), path.join(dir, 'docs.gone'));
    for (const args of [['generate'], ['generate', '--check']]) {
      const result = await cli([...args, '--no-cache', '--format', 'json'], dir);
      expect(result.status).toBe(1);
      const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: { file: string; line: number; ruleId: string; message: string }[] };
      expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'docs-none')).toEqual([
        expect.objectContaining({
          file: 'doc-codegen.config.json',
          line: 1,
          message: 'No doc matches `docs/**/*.md`, `!docs/rules.md`, but generated/ holds the output of 2 docs: nothing is written or removed',
        }),
      ]);
    }
    expect(await snapshot(path.join(dir, 'generated'))).toEqual(before);
  });

  it('runs on docs as before once they are back', async () => {
    const { dir, cleanup } = await copyProject();
    cleanups.push(cleanup);
    await rename(path.join(dir, 'docs'), path.join(dir, 'docs.gone'));
    expect((await cli(['generate', '--no-cache'], dir)).status).toBe(1);
    await rename(path.join(dir, 'docs.gone'), path.join(dir, 'docs'));
    expect(await cli(['generate', '--check', '--no-cache'], dir)).toMatchObject({ status: 0 });
  });
});

describe('module names that would break the package are errors before anything is written', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it.each([
    ['index.md', 'Module `index` (doc index) cannot name a module: it is the name of the package\'s own index module'],
    ['Message.md', 'Module `Message` (doc Message) cannot name a module: it is the name of the package\'s own message module'],
    ['x.d.md', 'Module `x.d` (doc x.d) cannot name a module: its files would end in .d.ts and .d.js, which TypeScript reads as declarations'],
  ])('%s', async (file, reason) => {
    const { dir, cleanup } = await copyProject();
    cleanups.push(cleanup);
    const before = await snapshot(path.join(dir, 'generated'));
    await writeFile(path.join(dir, 'docs', file), (await readFile(path.join(dir, 'docs/293538.md'), 'utf8')).replace('## ErrorType', '## OtherType'));
    const result = await cli(['generate', '--no-cache', '--format', 'json'], dir);
    expect(result.status).toBe(1);
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: { ruleId: string; message: string }[] };
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'module-name-invalid').map((diagnostic) => diagnostic.message)).toEqual([reason]);
    expect(await snapshot(path.join(dir, 'generated'))).toEqual(before);
  });

  it('two modules whose names differ only by case (one file on macOS and Windows)', async () => {
    const { dir, cleanup } = await copyProject();
    cleanups.push(cleanup);
    await mkdir(path.join(dir, 'docs/more'), { recursive: true });
    const text = await readFile(path.join(dir, 'docs/293538.md'), 'utf8');
    await writeFile(path.join(dir, 'docs/more/Codes.md'), text.replace('## ErrorType', '## FirstType'));
    await writeFile(path.join(dir, 'docs/more/codes.md'), text.replace('## ErrorType', '## SecondType'));
    const result = await cli(['generate', '--no-cache', '--format', 'json'], dir);
    expect(result.status).toBe(1);
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: { file: string; ruleId: string; message: string }[] };
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'module-name-invalid')).toEqual([
      expect.objectContaining({ file: 'docs/more/codes.md', message: 'Module codes differs from module Codes (docs/more/Codes.md) only by case: on macOS and Windows they are one file' }),
    ]);
  });
});

describe('names too long for the file system, and config keys such as constructor', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it.each([
    ['a doc whose module name is too long', `${'m'.repeat(250)}.md`, '## OtherType', 'module-name-invalid', /^Module `m{40}…` \(doc m{250}\) cannot name a module: its file names would be longer than file systems allow \(255 bytes\)$/],
    ['an enum whose name is too long', 'long.md', `## ${'E'.repeat(260)}`, 'identifier-invalid', /^Enum name `E{40}…` is 260 characters long: its JSON file's name would be longer than file systems allow \(255 bytes\)$/],
  ])('%s is an error before anything is written, never ENAMETOOLONG', async (_case, file, heading, ruleId, message) => {
    const { dir, cleanup } = await copyProject();
    cleanups.push(cleanup);
    const before = await snapshot(path.join(dir, 'generated'));
    await writeFile(path.join(dir, 'docs', file), (await readFile(path.join(dir, 'docs/293538.md'), 'utf8')).replace('## ErrorType', heading));
    const result = await cli(['generate', '--no-cache', '--format', 'json'], dir);
    expect(result.status).toBe(1);
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: { ruleId: string; message: string }[] };
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId).map((diagnostic) => diagnostic.message)).toEqual([expect.stringMatching(message)]);
    expect(await snapshot(path.join(dir, 'generated'))).toEqual(before);
  });

  it('config keys named like Object.prototype members are plain keys', async () => {
    const { dir, cleanup } = await copyProject();
    cleanups.push(cleanup);
    const configPath = path.join(dir, 'doc-codegen.config.json');
    const config = JSON.parse(await readFile(configPath, 'utf8')) as Record<string, unknown>;
    const keyed = '{"constructor": "union", "__proto__": "union", "toString": "union"}';
    await writeFile(configPath, JSON.stringify({ ...config, modules: { 293538: 'constructor' } }).replace(/}$/, `, "enumStyles": ${keyed}}`));
    const result = await cli(['generate', '--no-cache', '--allow-breaking'], dir);
    expect(result.status, result.stderr).toBe(0);
    const source = await readFile(path.join(dir, 'generated/src/constructor.ts'), 'utf8');
    expect(source).toMatch(/export type ErrorType =/);
  });
});
