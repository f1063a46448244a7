// Bounded work (issue 26, item 8): docs nested thousands deep or too large for remark's
// memory are one `doc-too-large` error each, with the line, never a stack overflow or a run
// out of heap; other docs are still read. (Hostile values: test/unit/values.test.ts; an enum
// past TypeScript's union limit: test/typecheck.test.ts; chunked enum printing, linear in
// members: test/unit/print-enum.test.ts.)
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/build-model.js';
import { loadConfig } from '../../src/config.js';
import { MAX_DOC_CHARS } from '../../src/parse/limits.js';
import { cli } from '../helpers/cli.js';

const temporary: string[] = [];
afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

const TABLE = ['| Name | Value | Meaning |', '| --- | --- | --- |', '| Off | 0 | dark |', '| On | 1 | lit |'];

describe('docs beyond what remark parses in bounded time and memory', () => {
  it('are one doc-too-large error each, with the line, and the other docs are read', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-bounded-'));
    temporary.push(dir);
    await mkdir(path.join(dir, 'docs'));
    const quote = '> '.repeat(10_000);
    await writeFile(path.join(dir, 'docs/quoted.md'), ['# Quoted', '', ...TABLE.map((row) => quote + row), ''].join('\n'));
    await writeFile(path.join(dir, 'docs/listed.md'), ['# Listed', '', `${'- '.repeat(10_000)}item`, '', ...TABLE, ''].join('\n'));
    const filler = `${'text '.repeat(20)}\n\n`;
    await writeFile(path.join(dir, 'docs/huge.md'), ['# Huge', '', ...TABLE, '', filler.repeat(Math.ceil(MAX_DOC_CHARS / filler.length))].join('\n'));
    await writeFile(path.join(dir, 'docs/fine.md'), ['# Fine', '', ...TABLE, ''].join('\n'));
    await writeFile(path.join(dir, 'doc-codegen.config.json'), JSON.stringify({ docs: ['docs/*.md'], requireFrontMatter: false }));
    const result = await cli(['lint', '--format', 'json'], dir);
    expect(result.status).toBe(1);
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: { file: string; line: number; ruleId: string; message: string }[] };
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'doc-too-large').map(({ file, line, message }) => ({ file, line, message }))).toEqual([
      { file: 'docs/huge.md', line: 1, message: expect.stringMatching(/^The doc has 2\.0 million characters: more than doc-codegen parses \(2,000,000\)$/) },
      { file: 'docs/listed.md', line: 3, message: 'Block quotes or lists nest 10000 deep here: deeper than doc-codegen parses (100)' },
      { file: 'docs/quoted.md', line: 3, message: 'Block quotes or lists nest 10000 deep here: deeper than doc-codegen parses (100)' },
    ]);
    const { model } = await lint(await loadConfig(undefined, dir));
    expect(model.enums.map((enumDef) => enumDef.name)).toEqual(['Fine']);
  });
});
