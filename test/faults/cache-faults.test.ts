// The cache never fails a run (issue 26, item 5): whatever is wrong with the cache folder or
// its files, a run writes what `--no-cache` writes and says so in one `cache-unusable`
// warning, which --max-warnings does not count; and a run record edited by hand is not
// trusted (it is checksummed like the doc cache's entries).
import { readdir, readFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCache } from '../../src/cache/unusable.js';
import { cli } from '../helpers/cli.js';
import { readTree } from '../helpers/fixtures.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { editFile, throwawayProjects } from '../helpers/project.js';

const copies = throwawayProjects();

/** A project whose cache is `.cache`, with one doc edited so that the run writes. */
async function project(): Promise<string> {
  const dir = await copies.project();
  const configPath = path.join(dir, 'doc-codegen.config.json');
  await writeFile(configPath, JSON.stringify({ ...JSON.parse(await readFile(configPath, 'utf8')), cacheDir: '.cache' }));
  await editFile(path.join(dir, 'docs/293538.md'), (text) => text.replace('| FlowBlocked | `200` | 流量封禁 |', '| FlowBlocked | `200` | 流量被封禁 |'));
  return dir;
}

const warningsOf = (stderr: string): string[] => stderr.split('\n').filter((line) => line.includes('cache-unusable'));

describe('a cache that cannot be used', () => {
  it.each([
    ['the cache folder is a file', async (dir: string) => writeFile(path.join(dir, '.cache'), 'not a folder\n')],
    [
      'the cache files are folders',
      async (dir: string) => {
        // Made by a first run (of the docs before the edit), then each replaced by a folder.
        const docs = path.join(dir, 'docs/293538.md');
        const edited = await readFile(docs, 'utf8');
        await writeFile(docs, await readFile(path.join(REPO_ROOT, 'docs/293538.md'), 'utf8'));
        expect((await cli(['generate'], dir)).status).toBe(0);
        await writeFile(docs, edited);
        const names = await readdir(path.join(dir, '.cache'));
        expect(names.length).toBe(2);
        for (const name of names) {
          await rm(path.join(dir, '.cache', name));
          await mkdir(path.join(dir, '.cache', name));
        }
      },
    ],
  ])('%s: the output is --no-cache output, with one warning that --max-warnings does not count', async (_fault, makeFault) => {
    const [faulty, clean] = [await project(), await project()];
    await makeFault(faulty);
    const cleanRun = await cli(['generate', '--no-cache', '--allow-breaking'], clean);
    expect(cleanRun.status).toBe(0);
    const docWarnings = cleanRun.stderr.split('\n').filter((line) => /^\s+\d+:\d+\s+warning /.test(line)).length;
    // The seeds' own warnings are allowed; the cache's is not counted.
    const result = await cli(['generate', '--allow-breaking', '--max-warnings', String(docWarnings)], faulty);
    expect(result.status, result.stderr).toBe(0);
    expect(warningsOf(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/The cache in \.cache cannot be written \((ENOTDIR|EEXIST|EISDIR)[^)]*\); this run went on without it/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(await readTree(path.join(faulty, 'generated'))).toEqual(await readTree(path.join(clean, 'generated')));
  });

  it.each(['ENOSPC', 'EROFS', 'EACCES'])('a write that fails with %s is the same one warning', async (code) => {
    const fault = Object.assign(new Error(`${code}: injected`), { code, path: '/work/p/.cache/docs-1.json' });
    const warning = await writeCache(() => Promise.reject(fault), '/work/p/.cache', '/work/p');
    expect(warning?.ruleId).toBe('cache-unusable');
    expect(warning?.fatal).toBe(false);
    expect(warning?.reason).toBe(`The cache in .cache cannot be written (${code} at .cache/docs-1.json); this run went on without it`);
    expect(await writeCache(() => Promise.resolve(), '/work/p/.cache', '/work/p')).toBeUndefined();
  });
});

describe('the run record', () => {
  it('is not trusted once edited: the run goes the whole way and reports what the docs hold', async () => {
    const dir = await project();
    await editFile(path.join(dir, 'docs/293538.md'), (text) => text.replace('| FlowBlocked | `200` |', '| FlowBlocked | `201` |'));
    expect((await cli(['generate', '--allow-breaking'], dir)).status).toBe(0);
    const warm = await cli(['generate', '--timings'], dir);
    expect(warm.stderr).toContain('reuse last run');
    const record = (await readdir(path.join(dir, '.cache'))).find((name) => name.startsWith('run-'));
    const file = path.join(dir, '.cache', record ?? 'missing');
    const stored = JSON.parse(await readFile(file, 'utf8')) as { data: string };
    const data = JSON.parse(stored.data) as { diagnostics: unknown[] };
    expect(data.diagnostics.length).toBeGreaterThan(0);
    await writeFile(file, JSON.stringify({ ...stored, data: JSON.stringify({ ...data, diagnostics: [] }) }));
    const edited = await cli(['generate', '--timings', '--max-warnings', '0'], dir);
    expect(edited.stderr).not.toContain('reuse last run');
    expect(edited.status).toBe(1);
    await rm(file);
  });
});
