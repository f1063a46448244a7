// Every generated TypeScript file type-checks: the committed generated/ and each
// golden fixture in each enum style, under the strictest settings an app may use.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedDir, goldenCases, readTree, STYLES } from './helpers/fixtures.js';
import { cli } from './helpers/cli.js';
import { GENERATED } from './helpers/paths.js';
import { tsc } from './helpers/run.js';

const STRICTEST = {
  strict: true,
  noEmit: true,
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  isolatedDeclarations: true,
  declaration: true,
  verbatimModuleSyntax: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  noUnusedLocals: true,
  noPropertyAccessFromIndexSignature: true,
  skipLibCheck: false,
  types: [],
};

const temporary: string[] = [];
afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A tsconfig outside the trees (so nothing is written into them) that checks their src/ and dist/ declarations. */
async function checkTree(tree: string | readonly string[], extra: object = {}): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-tsc-'));
  temporary.push(dir);
  const files: string[] = [];
  for (const root of typeof tree === 'string' ? [tree] : tree) {
    const inTree = [...(await readTree(root)).keys()].filter((file) => /^src\/[^/]+\.ts$/.test(file) || /^dist\/[^/]+\.d\.ts$/.test(file));
    expect(inTree.length).toBeGreaterThan(4);
    files.push(...inTree.map((file) => path.join(root, file)));
  }
  const config = { compilerOptions: { ...STRICTEST, ...extra }, files };
  await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify(config));
  const result = tsc(dir);
  return (result.stdout + result.stderr).trim();
}

describe('generated TypeScript type-checks (tsc --strict, isolatedDeclarations, verbatimModuleSyntax)', () => {
  it('generated/', async () => {
    expect(await checkTree(GENERATED)).toBe('');
  });

  const trees = goldenCases().flatMap((name) => STYLES.map((style) => [`${name} (${style})`, expectedDir(name, style), style] as const));
  it.each(trees)('fixture %s', async (_label, tree, style) => {
    // const-object and union emit nothing TypeScript would have to transform.
    const erasable = style === 'enum' ? {} : { erasableSyntaxOnly: true };
    expect(await checkTree(tree, erasable)).toBe('');
  });
});

describe('an enum too large for a union of its entries (TS2590 at about 1,000) type-checks', () => {
  it('in every style', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-large-'));
    temporary.push(dir);
    await mkdir(path.join(dir, 'docs'));
    const rows = Array.from({ length: 1100 }, (_, index) => `| Code${index} | ${index} | Meaning ${index} |`);
    await writeFile(path.join(dir, 'docs/large.md'), ['# LargeCode', '', '| Name | Value | Meaning |', '| --- | --- | --- |', ...rows, ''].join('\n'));
    const trees: string[] = [];
    for (const style of STYLES) {
      await writeFile(path.join(dir, 'doc-codegen.config.json'), JSON.stringify({ docs: ['docs/*.md'], outDir: `out-${style}`, enumStyle: style, requireFrontMatter: false }));
      const result = await cli(['generate', '--no-cache'], dir);
      expect(result.status, result.stderr).toBe(0);
      trees.push(path.join(dir, `out-${style}`));
    }
    expect(await checkTree(trees)).toBe('');
  });
});
