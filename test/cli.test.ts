// The real CLI (dist/cli.js), as doc maintainers and CI run it.
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readTree } from './helpers/fixtures.js';
import { CLI, REPO_ROOT } from './helpers/paths.js';
import { copyProject, editFile } from './helpers/project.js';
import { run } from './helpers/run.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function project(): Promise<string> {
  const { dir, cleanup } = await copyProject();
  cleanups.push(cleanup);
  return dir;
}

function cli(args: string[], cwd: string = REPO_ROOT) {
  return run(process.execPath, [CLI, ...args], { cwd });
}

describe('help', () => {
  it('teaches the commands with examples', () => {
    const result = cli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: doc-codegen [options] [command]');
    expect(result.stdout).toContain('generate [options]');
    expect(result.stdout).toContain('$ doc-codegen generate --check');
  });

  it('lists every flag of generate, with examples and exit codes', () => {
    const result = cli(['generate', '--help']);
    expect(result.status).toBe(0);
    for (const flag of ['--config <file>', '--check', '--verbose', '--diff-lines <n>']) expect(result.stdout).toContain(flag);
    expect(result.stdout).toContain('Exit codes: 0 done or up to date, 1 doc errors or stale output, 2 usage or config error.');
  });

  it('exits 2 on an unknown command or flag, pointing at --help', () => {
    const command = cli(['genrate']);
    expect(command.status).toBe(2);
    expect(command.stderr).toContain("unknown command 'genrate'");
    const flag = cli(['generate', '--chek']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain("unknown option '--chek'");
    expect(flag.stderr).toContain('(run with --help for usage)');
  });

  it('prints help and exits 2 when no command is given', () => {
    const result = cli([]);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('Usage: doc-codegen');
  });
});

describe('generate --check', () => {
  it('passes on the committed tree', () => {
    const result = cli(['generate', '--check']);
    // Warnings (links to a doc not among the seeds) do not make the tree stale.
    expect(result.stderr).toContain('⚠ 6 warnings');
    expect(result.stdout).toBe('doc-codegen: generated is up to date (2 docs, 2 enums (93 members)).\n');
    expect(result.status).toBe(0);
  });

  it('fails after a doc edit, lists the stale files with a diff, and writes nothing', async () => {
    const dir = await project();
    const before = await readTree(path.join(dir, 'generated'));
    await editFile(path.join(dir, 'docs/293538.md'), (text) => text.replace('| FlowBlocked | `200` | 流量封禁 |', '| FlowBlocked | `201` | 流量封禁 |'));
    const result = cli(['generate', '--check', '--diff-lines', '6'], dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('doc-codegen: generated is stale: 5 files differ from the docs.');
    expect(result.stdout).toContain('  changed  generated/src/293538.ts\n');
    expect(result.stdout).toContain('-  FlowBlocked = 200,\n');
    expect(result.stdout).toContain('+  FlowBlocked = 201,\n');
    expect(result.stdout).toContain('Run `doc-codegen generate` (or `npm run generate`) and commit generated.');
    expect(await readTree(path.join(dir, 'generated'))).toEqual(before);

    const fix = cli(['generate'], dir);
    expect(fix.status).toBe(0);
    expect(fix.stdout).toBe('doc-codegen: 2 docs, 2 enums (93 members) → generated: 5 written, 0 removed, 15 unchanged.\n');
    expect(cli(['generate', '--check'], dir).status).toBe(0);
  });
});

describe('generate', () => {
  it('writes nothing when nothing changed', async () => {
    const dir = await project();
    const result = cli(['generate'], dir);
    expect(result.stdout).toBe('doc-codegen: 2 docs, 2 enums (93 members) → generated: 0 written, 0 removed, 20 unchanged.\n');
  });

  it('exits 1 on a doc error with file:line:column and rule id, leaving generated/ as it was', async () => {
    const dir = await project();
    const before = await readTree(path.join(dir, 'generated'));
    await editFile(path.join(dir, 'docs/293538.md'), (text) => text.replace('| InvalidToken | `1` |', '| InvalidToken | `one` |'));
    const result = cli(['generate'], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('docs/293538.md\n  18:18   error   Value `one` of InvalidToken: `one` names no member  unresolved-reference\n');
    expect(result.stderr).toContain('Refer to a member of the same enum');
    expect(result.stderr).toContain('✖ 1 error, 6 warnings');
    expect(result.stderr).toContain('doc-codegen: generated left as it was: fix the problems above.');
    expect(await readTree(path.join(dir, 'generated'))).toEqual(before);
  });

  it('removes files it produced before and no longer produces, and never touches others', async () => {
    const dir = await project();
    await writeFile(path.join(dir, 'generated/NOTES.md'), 'mine\n');
    await rm(path.join(dir, 'docs/412253.md'));
    const result = cli(['generate', '--verbose'], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('  removed  generated/src/412253.ts\n');
    expect(result.stdout).toContain('→ generated: 7 written, 5 removed, 8 unchanged.');
    expect(existsSync(path.join(dir, 'generated/json/412253'))).toBe(false);
    expect(existsSync(path.join(dir, 'generated/dist/412253.js'))).toBe(false);
    expect(await readFile(path.join(dir, 'generated/NOTES.md'), 'utf8')).toBe('mine\n');
    // The stale `names` entry for the removed doc is worth a warning, not a failure.
    expect(result.stderr).toContain('doc-codegen.config.json\n  1:1     warning `names` names doc 412253, which is not among the docs read  unknown-doc-in-names\n');
  });

  it('refuses to overwrite a file it did not produce (exit 2)', async () => {
    const dir = await project();
    await rm(path.join(dir, 'generated'), { recursive: true });
    await cli(['generate'], dir);
    await rm(path.join(dir, 'generated/.doc-codegen-manifest.json'));
    await editFile(path.join(dir, 'generated/README.md'), (text) => `${text}hand-written\n`);
    const result = cli(['generate'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('README.md exists but was not written by doc-codegen; move it away or delete it, then run again.');
  });
});

describe('config errors (exit 2)', () => {
  it.each([
    [{ docs: ['docs/*.md'], outdir: 'x' }, 'unknown key "outdir"'],
    [{ enumStyle: 'class' }, '"enumStyle" must be one of "enum", "const-object", "union"'],
    [{ package: { name: 1 } }, '"package.name" must be of type string'],
    [{ names: { '412253': 'not valid!' } }, '"names.412253" must match'],
  ])('%j → %s', async (config, message) => {
    const dir = await project();
    await writeFile(path.join(dir, 'doc-codegen.config.json'), JSON.stringify(config));
    const result = cli(['generate'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(path.join(dir, 'doc-codegen.config.json'));
    expect(result.stderr).toContain(message);
  });

  it('names a missing --config file', async () => {
    const dir = await project();
    const result = cli(['generate', '--config', 'nope.json'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${path.join(dir, 'nope.json')}: cannot read the config file`);
  });

  it('reports broken JSON with the file', async () => {
    const dir = await project();
    await writeFile(path.join(dir, 'doc-codegen.config.json'), '{ "docs": [ }');
    const result = cli(['generate'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('doc-codegen.config.json: not valid JSON');
  });
});
