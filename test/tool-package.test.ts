// doc-codegen's own package as a team installs it (issue 22, in part): no source maps that
// point at sources it does not ship, a LICENSE, no Ajv at run time, and the 22 MB tree-sitter
// bundle that only `verify` of C/C++ headers uses left to an optional peer dependency, with a
// clear message when it is missing.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config.js';
import { loadTreeSitter } from '../src/verify/tree-sitter.js';
import { REPO_ROOT } from './helpers/paths.js';
import { run } from './helpers/run.js';

interface PackFile {
  path: string;
}

describe("doc-codegen's package", () => {
  it('ships a LICENSE and no source maps', () => {
    const result = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT });
    const [pack] = JSON.parse(result.stdout) as [{ files: PackFile[] }];
    const files = pack.files.map((file) => file.path);
    expect(files).toContain('LICENSE');
    expect(files).toContain('dist/bin.js');
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
  });

  it('ships every file its README links to', async () => {
    const result = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT });
    const [pack] = JSON.parse(result.stdout) as [{ files: PackFile[] }];
    const files = new Set(pack.files.map((file) => file.path));
    // Links of the text, not examples of links in code.
    const readme = (await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8')).replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    const relative = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((match) => match[1] ?? '').filter((target) => !/^[a-z]+:/i.test(target));
    expect(relative.length).toBeGreaterThan(0);
    expect(relative.filter((target) => !files.has(target.replace(/^\.\//, '')))).toEqual([]);
  });

  it('leaves the tree-sitter bundle to an optional peer dependency', async () => {
    const manifest = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
    };
    expect(Object.keys(manifest.dependencies)).not.toContain('@vscode/tree-sitter-wasm');
    // The config validator is compiled ahead (scripts/config-validator.mjs) with no Ajv helper left to load.
    expect(Object.keys(manifest.dependencies)).not.toContain('ajv');
    expect(await readFile(path.join(REPO_ROOT, 'src/config-validator.generated.ts'), 'utf8')).not.toMatch(/\brequire\(|from 'ajv/);
    expect(Object.keys(manifest.peerDependencies)).toContain('@vscode/tree-sitter-wasm');
    expect(manifest.peerDependenciesMeta['@vscode/tree-sitter-wasm']?.optional).toBe(true);
    // Objective-C's grammar, for verify of Objective-C headers only.
    expect(manifest.peerDependenciesMeta['tree-sitter-objc']?.optional).toBe(true);
    expect(Object.keys(manifest.dependencies)).not.toContain('tree-sitter-objc');
  });

  it('says how to install it when verify needs it and it is missing', async () => {
    const missing = Object.assign(new Error("Cannot find package '@vscode/tree-sitter-wasm'"), { code: 'ERR_MODULE_NOT_FOUND' });
    const error = await loadTreeSitter(() => Promise.reject(missing)).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('run `npm install --save-dev @vscode/tree-sitter-wasm`, then verify again');
  });
});
