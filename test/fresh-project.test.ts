// doc-codegen as another team gets it (issue 22): the package `npm pack` makes, unpacked into an
// empty project with docs of a product that is not ours, then `init` and `generate` from the
// installed bin. Nothing in the config or the output names our product, its site or its package
// name. Its dependencies are this checkout's own (linked, not fetched), so the run needs no
// registry and gives the same result on every CI run; what it proves is that the packed files
// alone work, and that the defaults are the other team's.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/paths.js';
import { run } from './helpers/run.js';

/** Words that belong to the doc set doc-codegen was first written for. */
const OURS = /volcengine|6348|im-codes|火山|bytertc|zh-CN/i;

const ERRORS_DOC = `---
title: Gateway errors
---

# Gateway errors

The gateway answers a failed call with one of these codes.

| Code | Meaning | What to do |
| --- | --- | --- |
| 4001 | The lamp is not paired with this hub. | Pair the lamp again from the app. |
| 4002 | The hub is offline. | Check the hub's power and network. |
| 5001 | The firmware update failed. | Retry the update; keep the hub powered. |
`;

const SDK_DOC = `# LampMode

\`\`\`ts
enum LampMode
\`\`\`

## Values

| Name | Value | Meaning |
| --- | --- | --- |
| Off | 0 | The lamp is dark. |
| Steady | 1 | The lamp shines at one brightness. |
| Pulse | 2 | The lamp fades in and out. |
`;

/** Every file below `dir`, relative. */
function filesBelow(dir: string, relative = ''): string[] {
  return readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
    const child = path.join(relative, entry.name);
    return entry.isDirectory() ? filesBelow(dir, child) : [child];
  });
}

describe('a fresh project of another team, with the packed tool', () => {
  let project: string;
  let bin: string;

  beforeAll(async () => {
    project = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-fresh-'));
    // `npm test` has built dist/; packing again would only build it again.
    const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project], { cwd: REPO_ROOT });
    expect(packed.status, packed.stderr).toBe(0);
    const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
    const installed = path.join(project, 'node_modules/doc-codegen');
    await mkdir(installed, { recursive: true });
    expect(run('tar', ['-xzf', path.join(project, filename), '-C', installed, '--strip-components=1']).status).toBe(0);
    await rm(path.join(project, filename));
    // Its dependencies as npm would place them beside it; theirs resolve from this checkout.
    const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const name of Object.keys(manifest.dependencies)) {
      await mkdir(path.dirname(path.join(project, 'node_modules', name)), { recursive: true });
      await symlink(path.join(REPO_ROOT, 'node_modules', name), path.join(project, 'node_modules', name), 'dir');
    }
    bin = path.join(installed, 'dist/bin.js');
    await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'lumen-hub', private: true }));
    await mkdir(path.join(project, 'docs/sdk'), { recursive: true });
    await writeFile(path.join(project, 'docs/index.md'), ERRORS_DOC);
    await writeFile(path.join(project, 'docs/sdk/lamp-mode.md'), SDK_DOC);
  }, 120_000);

  afterAll(async () => {
    if (project) await rm(project, { recursive: true, force: true });
  });

  it('ships only what runs: no sources, no tests', () => {
    const shipped = filesBelow(path.join(project, 'node_modules/doc-codegen'));
    expect(shipped.filter((file) => /^(src|test|scripts)\//.test(file))).toEqual([]);
    expect(shipped).toContain('LICENSE');
  });

  it('drafts a config of its own with init, and generates a package that names nothing of ours', () => {
    const init = run(process.execPath, [bin, 'init'], { cwd: project });
    expect(init.status, init.stderr).toBe(0);
    expect(init.stdout).toContain('as package lumen-hub-codes, messages under locale en');
    expect(init.stdout).toContain('index: gateway-errors (from its title "Gateway errors")');
    const config = JSON.parse(readFileSync(path.join(project, 'doc-codegen.config.json'), 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({ package: { name: 'lumen-hub-codes' }, locale: 'en', modules: { index: 'gateway-errors' } });
    expect(config.$schema).toBe('./node_modules/doc-codegen/schema/config.schema.json');

    const generated = run(process.execPath, [bin, 'generate'], { cwd: project });
    expect(generated.status, generated.stderr).toBe(0);
    const out = path.join(project, 'generated');
    const files = filesBelow(out);
    expect(files).toEqual(expect.arrayContaining(['dist/gateway-errors.js', 'dist/lamp-mode.js', 'locales/en/gateway-errors.json']));
    for (const file of files) expect(readFileSync(path.join(out, file), 'utf8'), file).not.toMatch(OURS);
    // No docsBaseUrl: no link to any doc page.
    for (const file of files.filter((name) => name.endsWith('.ts') || name.endsWith('.js'))) expect(readFileSync(path.join(out, file), 'utf8'), file).not.toContain('@see');
    expect(statSync(path.join(out, 'package.json')).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(out, 'package.json'), 'utf8'))).toMatchObject({ name: 'lumen-hub-codes' });
  });

  it('runs on its defaults alone, with no config at all', async () => {
    const bare = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-bare-'));
    try {
      await mkdir(path.join(bare, 'docs'));
      await writeFile(path.join(bare, 'docs/errors.md'), ERRORS_DOC);
      const generated = run(process.execPath, [bin, 'generate'], { cwd: bare });
      expect(generated.status, generated.stderr).toBe(0);
      const manifest = await readFile(path.join(bare, 'generated/package.json'), 'utf8');
      expect(JSON.parse(manifest)).toMatchObject({ name: 'codes' });
      for (const file of filesBelow(path.join(bare, 'generated'))) expect(readFileSync(path.join(bare, 'generated', file), 'utf8'), file).not.toMatch(OURS);
    } finally {
      await rm(bare, { recursive: true, force: true });
    }
  });
});
