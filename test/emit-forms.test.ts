// The JS and .d.ts doc-codegen writes itself (src/emit/statement.ts) against TypeScript's
// transpile of the source it writes, for the seed docs (two locales) and every fixture case,
// in every enum style. The real doc set and fuzzed docs are checked in corpus and fuzz tests.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { buildModelFromDocs } from '../src/build-model.js';
import { caseDir, goldenCases, STYLES } from './helpers/fixtures.js';
import { REPO_ROOT } from './helpers/paths.js';
import { formMismatches } from './helpers/transpile.js';

describe('JS and .d.ts equal TypeScript’s transpile of the generated source', () => {
  it.each(STYLES)('seed docs with their English translation, enumStyle %s', async (style) => {
    const { model } = await buildModelFromDocs(await loadConfig(undefined, REPO_ROOT));
    expect(model.locales.length).toBeGreaterThan(1);
    expect(formMismatches(model, style)).toEqual([]);
  });

  it.each(goldenCases())('fixture %s, every enum style', async (name) => {
    const { model } = await buildModelFromDocs(await loadConfig(path.join(caseDir(name), 'doc-codegen.config.json')));
    expect(model.enums.length).toBeGreaterThan(0);
    for (const style of STYLES) expect(formMismatches(model, style), style).toEqual([]);
  });
});
