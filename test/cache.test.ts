// The persistent doc cache: a second run parses nothing unchanged, an edit re-parses
// only that doc, and a corrupt or foreign cache is ignored, never trusted.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveConfig, type ResolvedConfig } from '../src/config.js';
import { buildModelFromDocs } from '../src/build-model.js';
import { generate } from '../src/generate.js';
import { REPO_ROOT } from './helpers/paths.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function project(): Promise<{ config: ResolvedConfig; root: string; cacheDir: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-cache-'));
  dirs.push(root);
  await cp(path.join(REPO_ROOT, 'docs'), path.join(root, 'docs'), { recursive: true });
  const config = resolveConfig({ docs: ['docs/*.md', '!docs/rules.md'], names: { '412253': 'OpenApiErrorCode' }, cacheDir: '.cache' }, root);
  return { config, root, cacheDir: path.join(root, '.cache') };
}

async function cacheFile(cacheDir: string): Promise<string> {
  const [file] = await readdir(cacheDir);
  return path.join(cacheDir, file ?? '');
}

describe('doc cache', () => {
  it('keeps a run with every doc parsed (--verbose) apart: lint and lint --verbose do not evict each other', async () => {
    const { config } = await project();
    await buildModelFromDocs(config, { cache: true });
    expect((await buildModelFromDocs(config, { cache: true, fullParse: true })).cacheStats).toEqual({ hits: 0, misses: 2 });
    expect((await buildModelFromDocs(config, { cache: true })).cacheStats).toEqual({ hits: 2, misses: 0 });
    expect((await buildModelFromDocs(config, { cache: true, fullParse: true })).cacheStats).toEqual({ hits: 2, misses: 0 });
  });

  it('serves unchanged docs from the cache with the very same model and diagnostics', async () => {
    const { config } = await project();
    const cold = await buildModelFromDocs(config, { cache: true });
    expect(cold.cacheStats).toEqual({ hits: 0, misses: 2 });
    const warm = await buildModelFromDocs(config, { cache: true });
    expect(warm.cacheStats).toEqual({ hits: 2, misses: 0 });
    expect(warm.model).toEqual(cold.model);
    expect(warm.diagnostics.map(String)).toEqual(cold.diagnostics.map(String));
    expect(warm.diagnostics.map((d) => [d.ruleId, d.fatal, d.url, d.place])).toEqual(cold.diagnostics.map((d) => [d.ruleId, d.fatal, d.url, d.place]));
  });

  it('parses again only the doc that changed', async () => {
    const { config, root } = await project();
    await buildModelFromDocs(config, { cache: true });
    const doc = path.join(root, 'docs/293538.md');
    await writeFile(doc, (await readFile(doc, 'utf8')).replace('| 成功 |', '| 成功了 |'));
    const warm = await buildModelFromDocs(config, { cache: true });
    expect(warm.cacheStats).toEqual({ hits: 1, misses: 1 });
    expect(warm.model.enums[0]?.members[0]?.description?.text).toBe('成功了');
  });

  it('does not use entries made with other column synonyms', async () => {
    const { config } = await project();
    await buildModelFromDocs(config, { cache: true });
    const other = { ...config, columns: { solution: ['对策'] } };
    expect((await buildModelFromDocs(other, { cache: true })).cacheStats).toEqual({ hits: 0, misses: 2 });
  });

  it.each([
    ['not JSON', () => '{ broken'],
    ['a foreign file', () => JSON.stringify({ format: 'something-else', entries: {} })],
    ['an entry whose data does not match its checksum', (text: string) => text.replace('成功', '失败')],
    ['an entry with a forged checksum and nonsense data', (text: string) => {
      const stored = JSON.parse(text) as { entries: Record<string, { sum: string; data: string }> };
      for (const entry of Object.values(stored.entries)) entry.data = '{"doc":{"definitions":"no"},"diagnostics":[]}';
      return JSON.stringify(stored);
    }],
  ])('ignores %s and parses the docs again', async (_label, corrupt) => {
    const { config, cacheDir } = await project();
    const cold = await buildModelFromDocs(config, { cache: true });
    const file = await cacheFile(cacheDir);
    await writeFile(file, corrupt(await readFile(file, 'utf8')));
    const again = await buildModelFromDocs(config, { cache: true });
    expect(again.cacheStats?.hits).toBeLessThan(2);
    expect(again.model).toEqual(cold.model);
  });

  it('skips emit when the output on disk is what the same inputs made, and notices hand edits', async () => {
    const { config, root } = await project();
    const first = await generate(config, { cache: true });
    expect([first.written, first.reusedOutput]).toEqual([true, undefined]);
    const second = await generate(config, { cache: true });
    expect([second.written, second.reusedOutput, second.plan?.changes]).toEqual([false, true, []]);
    // A generated file edited by hand: the record no longer matches the disk, so emit runs and repairs it.
    const file = path.join(root, 'generated/src/293538.ts');
    await writeFile(file, `${await readFile(file, 'utf8')}// edited\n`);
    const checked = await generate(config, { cache: true, check: true });
    expect([checked.reusedOutput, checked.plan?.changes.map((change) => change.path)]).toEqual([undefined, ['src/293538.ts']]);
    const repaired = await generate(config, { cache: true });
    expect(repaired.written).toBe(true);
    expect(await readFile(file, 'utf8')).not.toContain('// edited');
  });

  it('reuses the whole last run when no doc, config or tool changed: no model, the same report and model', async () => {
    const { config } = await project();
    const cold = await generate(config, { cache: true });
    for (const check of [false, true]) {
      const warm = await generate(config, { cache: true, check });
      expect([warm.written, warm.reusedOutput, warm.plan?.changes, warm.changes]).toEqual([false, true, [], []]);
      expect(Object.keys(warm.timings)).toEqual(['discover', 'reuse last run']);
      expect(JSON.stringify(warm.model)).toBe(JSON.stringify(cold.model));
      expect(warm.diagnostics.map((d) => [String(d), d.ruleId, d.fatal, d.url, d.place])).toEqual(cold.diagnostics.map((d) => [String(d), d.ruleId, d.fatal, d.url, d.place]));
      expect(warm.release?.version).toBe(cold.release?.version);
    }
    // More warnings than allowed stop a reused run as they stop any run.
    const strict = await generate(config, { cache: true, maxWarnings: 0 });
    expect([strict.plan, strict.written, strict.diagnostics.length > 0]).toEqual([undefined, false, true]);
  });

  it('goes the whole way again after a doc or config change, and records that run for the next', async () => {
    const { config, root } = await project();
    await generate(config, { cache: true });
    // Prose outside every definition: new inputs (and a new doc hash in model.json).
    const doc = path.join(root, 'docs/293538.md');
    await writeFile(doc, `${await readFile(doc, 'utf8')}\nA closing remark.\n`);
    const changed = await generate(config, { cache: true });
    expect([changed.written, changed.reusedOutput, changed.cacheStats]).toEqual([true, undefined, { hits: 1, misses: 1 }]);
    expect(Object.keys(changed.timings)).toContain('read and model');
    expect(Object.keys((await generate(config, { cache: true })).timings)).toEqual(['discover', 'reuse last run']);
    // Another config: built and emitted again, then reused.
    const union = { ...config, enumStyle: 'union' as const };
    expect((await generate(union, { cache: true })).written).toBe(true);
    expect((await generate(union, { cache: true })).reusedOutput).toBe(true);
  });

  it('is not used without `cache: true` (the CLI passes it unless --no-cache)', async () => {
    const { config } = await project();
    expect((await buildModelFromDocs(config)).cacheStats).toBeUndefined();
  });
});

describe('progress', () => {
  it('tells how a run goes: every doc parsed, the emit, every file written', async () => {
    const { config } = await project();
    const seen: string[] = [];
    await generate(config, { onProgress: ({ stage, done, total }) => seen.push(`${stage} ${done}/${total}`) });
    const files = seen.filter((step) => step.startsWith('write')).length;
    expect(seen).toEqual(['parse 1/2', 'parse 2/2', 'emit 0/2', 'emit 2/2', ...Array.from({ length: files }, (_, index) => `write ${index + 1}/${files}`)]);
    expect(files).toBeGreaterThan(20);
  });
});
