// The programmatic API as an app imports it, by package name: results and diagnostics
// come back; nothing exits the process. A doc-codegen.config.ts is loaded with jiti.
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/paths.js';
import { copyProject } from './helpers/project.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function projectWithTsConfig(): Promise<string> {
  const { dir, cleanup } = await copyProject();
  cleanups.push(cleanup);
  await mkdir(path.join(dir, 'node_modules'));
  await symlink(REPO_ROOT, path.join(dir, 'node_modules/doc-codegen'), 'dir');
  const json = JSON.parse(await readFile(path.join(dir, 'doc-codegen.config.json'), 'utf8')) as Record<string, unknown>;
  delete json.$schema;
  await writeFile(
    path.join(dir, 'doc-codegen.config.ts'),
    `import { defineConfig, type UserConfig } from 'doc-codegen';\n\nconst style: UserConfig['enumStyle'] = 'const-object';\n\nexport default defineConfig({ ...${JSON.stringify(json)}, enumStyle: style });\n`,
  );
  return dir;
}

describe("import { generate, lint, check, loadConfig, defineConfig } from 'doc-codegen'", () => {
  it('loads doc-codegen.config.ts before the JSON config, and runs lint, check and generate', async () => {
    const api = await import('doc-codegen');
    const dir = await projectWithTsConfig();
    const config = await api.loadConfig(undefined, dir);
    expect(config.configPath).toBe(path.join(dir, 'doc-codegen.config.ts'));
    expect(config.enumStyle).toBe('const-object');
    expect(config.outDir).toBe(path.join(dir, 'generated'));

    const linted = await api.lint(config);
    expect(linted.model.enums.map((enumDef) => enumDef.name)).toEqual(['ErrorType', 'OpenApiErrorCode']);
    expect(linted.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(Array(6).fill('broken-link'));

    const checked = await api.check(config);
    expect(checked.written).toBe(false);
    expect(checked.plan?.changes.map((change) => change.path)).toContain('src/293538.ts');

    const generated = await api.generate(config);
    expect(generated.written).toBe(true);
    expect(await readFile(path.join(dir, 'generated/src/293538.ts'), 'utf8')).toContain('export const ErrorType = {');
    expect((await api.check(config)).plan?.changes).toEqual([]);
  });

  it('returns doc errors as diagnostics and throws ConfigError for a bad config, never exiting', async () => {
    const api = await import('doc-codegen');
    const dir = await projectWithTsConfig();
    await writeFile(path.join(dir, 'docs/293538.md'), (await readFile(path.join(dir, 'docs/293538.md'), 'utf8')).replace('| Success | `0` |', '| Success | `0 0` |'));
    const result = await api.generate(await api.loadConfig(undefined, dir));
    expect(result.written).toBe(false);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.fatal).map((diagnostic) => `${diagnostic.line}:${diagnostic.ruleId}`)).toEqual(['17:unparsable-value']);

    await writeFile(path.join(dir, 'doc-codegen.config.ts'), "export default { enumStyle: 'class' };\n");
    await expect(api.loadConfig(undefined, dir)).rejects.toThrow(api.ConfigError);
    await expect(api.loadConfig(undefined, dir)).rejects.toThrow('"enumStyle" must be one of');
    await writeFile(path.join(dir, 'doc-codegen.config.ts'), 'export default {;\n');
    await expect(api.loadConfig(undefined, dir)).rejects.toThrow('cannot load the config');
  });
});
