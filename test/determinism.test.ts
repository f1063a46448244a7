// Output is a function of the docs' content alone: not of line endings or a BOM,
// not of the order files arrive in, not of how many times it runs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, type ResolvedConfig } from '../src/config.js';
import { discoverFiles, sourceFile } from '../src/discover/files.js';
import { emitPackage } from '../src/emit/index.js';
import { firstRelease } from '../src/release/release.js';
import type { SourceFile } from '../src/model/types.js';
import { modelFromFiles } from '../src/read-docs.js';
import { caseDir, goldenCases } from './helpers/fixtures.js';
import { REPO_ROOT } from './helpers/paths.js';

const CASES = ['(seeds)', ...goldenCases()];

async function load(name: string): Promise<{ config: ResolvedConfig; files: SourceFile[] }> {
  const config = await loadConfig(name === '(seeds)' ? undefined : path.join(caseDir(name), 'doc-codegen.config.json'), REPO_ROOT);
  return { config, files: (await discoverFiles(config.root, config.docs)).files };
}

/** Every output file, the diagnostics report included, as one comparable map. */
async function render(config: ResolvedConfig, files: readonly SourceFile[]): Promise<Map<string, string>> {
  const { model, diagnostics } = await modelFromFiles(files, config, { wholeDocSet: true });
  const release = firstRelease(config.package.version, model.docs.length);
  const output = emitPackage(model, { enumStyle: config.enumStyle, package: config.package, release });
  output.set('(diagnostics)', diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.reason}`).join('\n'));
  return output;
}

/** The doc's bytes as another editor would save them. */
async function variant(file: SourceFile, config: ResolvedConfig, transform: (text: string) => string): Promise<SourceFile> {
  const text = await readFile(path.join(config.root, file.path), 'utf8');
  return sourceFile(file.path, new TextEncoder().encode(transform(text)));
}

const VARIANTS: [string, (text: string) => string][] = [
  ['CRLF', (text) => text.replace(/\n/g, '\r\n')],
  ['bare CR', (text) => text.replace(/\n/g, '\r')],
  ['BOM', (text) => `\uFEFF${text}`],
  ['BOM + CRLF', (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`],
];

describe.each(CASES)('%s', (name) => {
  it.each(VARIANTS)('%s variants of the docs generate byte-identical output', async (_label, transform) => {
    const { config, files } = await load(name);
    const variants = await Promise.all(files.map((file) => variant(file, config, transform)));
    expect(await render(config, variants)).toEqual(await render(config, files));
  });

  it('gives identical output for any input order, run after run', async () => {
    const { config, files } = await load(name);
    const expected = await render(config, files);
    expect(await render(config, files)).toEqual(expected);
    for (const order of permutations(files.length)) {
      expect(await render(config, order.map((index) => files[index] as SourceFile))).toEqual(expected);
    }
  });
});

/** Reversed, rotated and interleaved orders of 0..n-1 (every non-trivial reordering kind). */
function permutations(n: number): number[][] {
  const indices = [...Array(n).keys()];
  return [
    [...indices].reverse(),
    [...indices.slice(1), ...indices.slice(0, 1)],
    [...indices.filter((i) => i % 2 === 1), ...indices.filter((i) => i % 2 === 0)],
  ];
}
