// Exact-text goldens: the seed docs against the committed generated/, and every
// fixture case in every enum style against its expected/ tree.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { render } from '../src/render.js';
import { planOutput } from '../src/write/output.js';
import { expectedDir, caseDir, goldenCases, readTree, renderCase, STYLES, UPDATE, writeTree } from './helpers/fixtures.js';
import { REPO_ROOT } from './helpers/paths.js';

describe('seed docs → generated/', () => {
  it('matches the committed generated/ byte for byte (run `npm run generate` after a deliberate change)', async () => {
    const config = await loadConfig(undefined, REPO_ROOT);
    const { files = new Map<string, string>() } = await render(config);
    const plan = await planOutput(config.outDir, files);
    expect(plan.changes.map((change) => `${change.kind} ${change.path}`)).toEqual([]);
    expect(plan.unchanged).toBe(files.size + 1);
  });
});

describe.each(goldenCases())('fixture %s', (name) => {
  it.each(STYLES)('enumStyle %s matches expected/ exactly', async (style) => {
    const { files, diagnostics } = await renderCase(name, style);
    const dir = expectedDir(name, style);
    const diagnosticsFile = path.join(caseDir(name), 'diagnostics.txt');
    if (UPDATE) {
      await writeTree(dir, files);
      await writeFile(diagnosticsFile, diagnostics);
    }
    const expected = await readTree(dir);
    expect([...files.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [relative, text] of files) expect(text, relative).toBe(expected.get(relative));
    expect(diagnostics).toBe(await readFile(diagnosticsFile, 'utf8'));
  });
});
