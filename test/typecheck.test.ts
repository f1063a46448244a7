// Every generated TypeScript file type-checks: the committed generated/ and each
// golden fixture in each enum style, under the strictest settings an app may use.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedDir, goldenCases, readTree, STYLES } from './helpers/fixtures.js';
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

/** A tsconfig outside the tree (so nothing is written into it) that checks its src/ and dist/ declarations. */
async function checkTree(tree: string, extra: object = {}): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-tsc-'));
  temporary.push(dir);
  const files = [...(await readTree(tree)).keys()]
    .filter((file) => /^src\/[^/]+\.ts$/.test(file) || /^dist\/[^/]+\.d\.ts$/.test(file))
    .map((file) => path.join(tree, file));
  expect(files.length).toBeGreaterThan(4);
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
