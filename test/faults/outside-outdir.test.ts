// Nothing written or removed outside outDir (issue 26, items 2 and 9): links inside outDir
// are never followed (one where a file goes is refused; others are kept as links), outDir
// reached through a link is written where it really is, and an outDir that is, holds or sits
// in the docs, the project or a system folder is a config error. Real file-system states.
import { existsSync, lstatSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { readTree } from '../helpers/fixtures.js';
import { throwawayProjects } from '../helpers/project.js';

const { project, later } = throwawayProjects();

/** A folder outside the project with a file in it: it must stay exactly as it is. */
async function elsewhere(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-elsewhere-'));
  later(() => rm(dir, { recursive: true, force: true }));
  await writeFile(path.join(dir, 'keep.txt'), 'not yours\n');
  return dir;
}

describe('a link inside outDir', () => {
  it.each(['json', 'locales'])('where output goes (generated/%s) is refused, and nothing behind it is written or removed', async (folder) => {
    const dir = await project();
    const outside = await elsewhere();
    await rm(path.join(dir, 'generated', folder), { recursive: true });
    await symlink(outside, path.join(dir, 'generated', folder));
    // Removing a doc would remove its files from generated/json.
    await rm(path.join(dir, 'docs/412253.md'));
    const result = await cli(['generate', '--no-cache', '--allow-breaking'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`generated/${folder} is a symbolic link, and doc-codegen would write`);
    expect(result.stderr).toContain('never follows links: remove it, then run again.');
    expect(await readdir(outside)).toEqual(['keep.txt']);
    expect(lstatSync(path.join(dir, 'generated', folder)).isSymbolicLink()).toBe(true);
  });

  it('elsewhere is kept as a link, never followed', async () => {
    const dir = await project();
    const outside = await elsewhere();
    await symlink(outside, path.join(dir, 'generated/vendor'));
    await rm(path.join(dir, 'docs/412253.md'));
    const result = await cli(['generate', '--no-cache', '--allow-breaking'], dir);
    expect(result.status, result.stderr).toBe(0);
    expect(lstatSync(path.join(dir, 'generated/vendor')).isSymbolicLink()).toBe(true);
    expect(await readTree(outside)).toEqual(new Map([['keep.txt', 'not yours\n']]));
  });
});

describe('outDir reached through a link', () => {
  it('is written where it really is, and the link stays', async () => {
    const dir = await project();
    const real = path.join(await elsewhere(), 'out');
    await writeFile(path.join(dir, 'doc-codegen.config.json'), JSON.stringify({ ...JSON.parse(await readFile(path.join(dir, 'doc-codegen.config.json'), 'utf8')), outDir: 'linked' }));
    await mkdir(real);
    await symlink(real, path.join(dir, 'linked'));
    const result = await cli(['generate', '--no-cache'], dir);
    expect(result.status, result.stderr).toBe(0);
    expect(lstatSync(path.join(dir, 'linked')).isSymbolicLink()).toBe(true);
    expect(existsSync(path.join(real, 'model.json'))).toBe(true);
    expect(await readdir(path.dirname(real))).toEqual(['keep.txt', 'out']);
  });
});

describe('an outDir in the wrong place', () => {
  it.each([
    ['docs', 'and the docs (`docs/**/*.md`) must be apart'],
    ['docs/out', 'and the docs (`docs/**/*.md`) must be apart'],
    ['.', 'must be a folder inside or beside the project'],
    ['..', 'must be a folder inside or beside the project'],
    ['/proc/self', 'a system folder: choose a folder of the project'],
  ])('"outDir": "%s" is a config error, and nothing is written', async (outDir, message) => {
    const dir = await project();
    const configPath = path.join(dir, 'doc-codegen.config.json');
    await writeFile(configPath, JSON.stringify({ ...JSON.parse(await readFile(configPath, 'utf8')), outDir }));
    const before = await readTree(dir);
    const result = await cli(['generate', '--no-cache'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`"outDir" (${outDir}) `);
    expect(result.stderr).toContain(message);
    expect(await readTree(dir)).toEqual(before);
  });

  it('inside a folder the globs search is never read as docs', async () => {
    const dir = await project();
    const configPath = path.join(dir, 'doc-codegen.config.json');
    await writeFile(configPath, JSON.stringify({ ...JSON.parse(await readFile(configPath, 'utf8')), docs: ['**/*.md', '!docs/rules.md', '!docs/en/**'] }));
    const first = await cli(['generate', '--no-cache'], dir);
    const second = await cli(['generate', '--no-cache'], dir);
    expect(first.status, first.stderr).toBe(0);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/^doc-codegen: 2 docs, /m);
  });
});
