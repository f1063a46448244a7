// The CLI as doc maintainers and CI run it, in this process (the bin itself: test/bin.test.ts).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readTree } from './helpers/fixtures.js';
import { cli } from './helpers/cli.js';
import { REPO_ROOT } from './helpers/paths.js';
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

describe('help', () => {
  it('teaches the commands with examples', async () => {
    const result = await cli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: doc-codegen [options] [command]');
    expect(result.stdout).toContain('generate [options]');
    expect(result.stdout).toContain('$ doc-codegen generate --check');
  });

  it('lists every flag of generate, with examples and exit codes', async () => {
    const result = await cli(['generate', '--help']);
    expect(result.status).toBe(0);
    for (const flag of ['--config <file>', '--check', '--verbose', '--diff-lines <n>']) expect(result.stdout).toContain(flag);
    expect(result.stdout).toContain('Exit codes: 0 done or up to date, 1 doc errors, too many warnings or stale output, 2 usage or config error.');
    for (const flag of ['--format <format>', '--max-warnings <n>']) expect(result.stdout).toContain(flag);
  });

  it('exits 2 on an unknown command or flag, pointing at --help', async () => {
    const command = await cli(['genrate']);
    expect(command.status).toBe(2);
    expect(command.stderr).toContain("unknown command 'genrate'");
    const flag = await cli(['generate', '--chek']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain("unknown option '--chek'");
    expect(flag.stderr).toContain('(run with --help for usage)');
  });

  it('prints help and exits 2 when no command is given', async () => {
    const result = await cli([]);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('Usage: doc-codegen');
  });
});

describe('generate --check', () => {
  it('passes on the committed tree', async () => {
    const result = await cli(['generate', '--check']);
    // Warnings (links to a doc not among the seeds) do not make the tree stale.
    expect(result.stderr).toContain('⚠ 6 warnings');
    expect(result.stdout).toBe('doc-codegen: generated is up to date (2 docs, 2 enums (93 members)).\n');
    expect(result.status).toBe(0);
  });

  it('fails after a doc edit, lists the stale files with a diff, and writes nothing', async () => {
    const dir = await project();
    const before = await readTree(path.join(dir, 'generated'));
    await editFile(path.join(dir, 'docs/293538.md'), (text) => text.replace('| FlowBlocked | `200` | 流量封禁 |', '| FlowBlocked | `201` | 流量封禁 |'));
    const result = await cli(['generate', '--check', '--diff-lines', '6'], dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('doc-codegen: generated is stale: 8 files differ from the docs.');
    expect(result.stdout).toContain('  changed  generated/src/293538.ts\n');
    // A unified diff's header: both lines, no trailing tab.
    expect(result.stdout).toContain('    --- a/src/293538.ts\n    +++ b/src/293538.ts\n');
    expect(result.stdout).toContain('-  FlowBlocked = 200,\n');
    expect(result.stdout).toContain('+  FlowBlocked = 201,\n');
    // The way to regenerate that this project has: the CLI, or its npm script that runs it.
    expect(result.stdout).toContain('Run `npx doc-codegen generate` and commit generated.');
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ scripts: { check: 'doc-codegen generate --check', codes: 'doc-codegen generate' } }));
    expect((await cli(['generate', '--check'], dir)).stdout).toContain('Run `npm run codes` and commit generated.');
    expect(await readTree(path.join(dir, 'generated'))).toEqual(before);

    const fix = await cli(['generate'], dir);
    expect(fix.status).toBe(0);
    expect(fix.stdout).toBe(
      'doc-codegen: 2 docs, 2 enums (93 members) → generated: 8 written, 0 removed, 19 unchanged.\n' +
        'doc-codegen: released 2.0.0 (major: 1 change, see CHANGELOG.md).\n',
    );
    expect((await cli(['generate', '--check'], dir)).status).toBe(0);
  });
});

describe('generate', () => {
  it('writes nothing when nothing changed', async () => {
    const dir = await project();
    const result = await cli(['generate'], dir);
    expect(result.stdout).toBe('doc-codegen: 2 docs, 2 enums (93 members) → generated: 0 written, 0 removed, 27 unchanged.\n');
  });

  it('exits 1 on a doc error with file:line:column and rule id, leaving generated/ as it was', async () => {
    const dir = await project();
    const before = await readTree(path.join(dir, 'generated'));
    await editFile(path.join(dir, 'docs/293538.md'), (text) => text.replace('| InvalidToken | `1` |', '| InvalidToken | `one` |'));
    const result = await cli(['generate'], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('docs/293538.md\n  18:18   error   Value `one` of InvalidToken: `one` names no member  unresolved-reference\n');
    expect(result.stderr).toContain('Refer to a member of the same enum');
    expect(result.stderr).toContain('✖ 1 error, 7 warnings');
    expect(result.stderr).toContain('doc-codegen: generated left as it was: fix the problems above.');
    expect(await readTree(path.join(dir, 'generated'))).toEqual(before);
  });

  it('removes files it produced before and no longer produces, and never touches others', async () => {
    const dir = await project();
    await writeFile(path.join(dir, 'generated/NOTES.md'), 'mine\n');
    await rm(path.join(dir, 'docs/412253.md'));
    const result = await cli(['generate', '--verbose'], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('  removed  generated/src/412253.ts\n');
    expect(result.stdout).toContain('→ generated: 8 written, 8 removed, 11 unchanged.');
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
    const result = await cli(['generate'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('README.md exists but was not written by doc-codegen; move it away or delete it, then run again.');
  });
});

describe('lint', () => {
  const fixture = (rule: string) => path.join(REPO_ROOT, 'test/fixtures/invalid', rule, 'doc-codegen.config.json');

  it('checks the docs, writes nothing, and passes with warnings', async () => {
    const result = await cli(['lint']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('⚠ 6 warnings\nTranslations:\n  en: 93 of 93 messages\ndoc-codegen: 2 docs, 2 enums checked.\n');
  });

  it('fails on more warnings than --max-warnings', async () => {
    const result = await cli(['lint', '--max-warnings', '5']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('doc-codegen: 6 warnings, more than --max-warnings 5.');
    expect((await cli(['lint', '--max-warnings', '6'])).status).toBe(0);
  });

  it('checks only the docs given, without judging links to the others', async () => {
    const result = await cli(['lint', 'docs/412253.md']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('Translations:\n  en: 46 of 46 messages\ndoc-codegen: 1 doc, 1 enum checked.\n');
  });

  it('exits 1 on errors, with file:line:column', async () => {
    const result = await cli(['lint', '-c', fixture('table-row-cells')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('  14:1    error   Row has 2 cells, the header has 3  table-row-cells\n');
    expect(result.stderr).toContain('✖ 2 errors');
  });

  it('writes GitHub workflow commands with the toolkit escaping', async () => {
    const result = await cli(['lint', '--format', 'github', '-c', fixture('unresolved-reference')]);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(
      '::error file=docs/700001.md,line=14,col=9,endLine=14,endColumn=18,title=doc-codegen unresolved-reference::Value `Blue` of Green%3A `Blue` names no member%0ARefer to a member of the same enum (`Other`), or qualify it with its enum (`Enum.Member`, `Enum::Member`).'.replace('%3A', ':'),
    );
    expect(result.stderr).toContain('title=doc-codegen unresolved-reference::Value `Loop` of Loop: Loop refers to itself%0A');
  });

  it('escapes % and newlines in messages and , : in properties', async () => {
    const result = await cli(['lint', '--format', 'github', '-c', fixture('module-name-invalid')]);
    expect(result.stderr.split('\n')[0]).toBe(
      '::error file=docs/bad name!.md,line=7,col=1,title=doc-codegen module-name-invalid::Doc id `bad name!` cannot name a module (file and subpath export)%0ARename the doc file (letters, digits, `.`, `_`, `-`), or map its doc id to a module name under `modules` in the config.',
    );
  });

  it('uses the github format by default under GitHub Actions', async () => {
    const result = await cli(['lint'], REPO_ROOT, { GITHUB_ACTIONS: 'true' });
    expect(result.stderr).toContain('::warning file=docs/293538.md,line=58,col=3,title=doc-codegen broken-link::Link "MultimediaPlugin" points to doc 293536');
  });

  it('writes JSON with counts to stdout', async () => {
    const result = await cli(['lint', '--format', 'json', '-c', fixture('duplicate-value')]);
    const report = JSON.parse(result.stdout) as { diagnostics: { ruleId: string; line: number; column: number; endLine: number; endColumn: number; severity: string }[]; summary: unknown };
    expect(report.summary).toEqual({ errors: 0, warnings: 1, infos: 0 });
    expect(report.diagnostics[0]).toMatchObject({ ruleId: 'duplicate-value', line: 14, column: 11, endLine: 14, endColumn: 17, severity: 'warning' });
  });

  it('colors only when asked: FORCE_COLOR on, NO_COLOR and pipes off', async () => {
    const colored = await cli(['lint'], REPO_ROOT, { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(colored.stderr).toContain('\u001b[33mwarning');
    const plain = await cli(['lint'], REPO_ROOT, { NO_COLOR: '1', FORCE_COLOR: undefined });
    expect(plain.stderr).not.toContain('\u001b[');
  });
});

describe('diff and releases', () => {
  const edit = (dir: string) =>
    editFile(path.join(dir, 'docs/293538.md'), (text) =>
      text
        .replace('| FlowBlocked | `200` |', '| FlowBlocked | `201` |')
        .replace('| InvalidTicket | `2` | 无效 ticket |', '| InvalidTicket | `2` | 无效的 ticket |\n  | NewCode | `7000` | 新增 |'),
    );

  it('classifies the changes against generated/model.json, in three formats', async () => {
    const dir = await project();
    expect((await cli(['diff'], dir)).stdout).toBe('doc-codegen: no changes.\n');
    await edit(dir);
    const pretty = await cli(['diff'], dir);
    expect(pretty.status).toBe(0);
    expect(pretty.stdout).toBe(
      [
        'doc-codegen: 3 changes, a major release.',
        '',
        'Breaking (major):',
        '  docs/293538.md:45  293538  ErrorType.FlowBlocked: value changed from 200 to 201',
        '',
        'Added (minor):',
        '  docs/293538.md:20  293538  ErrorType.NewCode = 7000 added',
        '',
        'Docs text (patch):',
        '  docs/293538.md:19  293538  ErrorType.InvalidTicket: text changed',
        '',
      ].join('\n'),
    );
    expect((await cli(['diff', '--format', 'markdown'], dir)).stdout).toContain('| `293538` | ErrorType.FlowBlocked: value changed from 200 to 201 | `docs/293538.md:45` |');
    const json = JSON.parse((await cli(['diff', '--format', 'json'], dir)).stdout) as { level: string; changes: { kind: string }[] };
    expect([json.level, json.changes.map((change) => change.kind)]).toEqual(['major', ['value-changed', 'member-added', 'text-changed']]);
    expect((await cli(['diff', '--fail-on-breaking'], dir)).status).toBe(1);
  });

  it('says that no diff was computed when doc errors stop it (exit 1)', async () => {
    const dir = await project();
    await editFile(path.join(dir, 'docs/293538.md'), (text) => text.replace('| InvalidToken | `1` |', '| InvalidToken | `one` |'));
    const result = await cli(['diff'], dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('unresolved-reference');
    expect(result.stderr).toContain('doc-codegen: no diff: the docs have errors (above), so their model is incomplete. Fix them and run diff again.\n');
  });

  it('bumps the version and prepends the changelog on generate; --check agrees', async () => {
    const dir = await project();
    await edit(dir);
    const check = await cli(['generate', '--check'], dir);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('  changed  generated/CHANGELOG.md');
    const result = await cli(['generate'], dir);
    expect(result.stdout).toContain('doc-codegen: released 2.0.0 (major: 3 changes, see CHANGELOG.md).\n');
    const manifest = JSON.parse(await readFile(path.join(dir, 'generated/package.json'), 'utf8')) as { version: string };
    expect(manifest.version).toBe('2.0.0');
    expect(await readFile(path.join(dir, 'generated/CHANGELOG.md'), 'utf8')).toBe(
      [
        '# Changelog',
        '',
        '## 2.0.0',
        '',
        '### Breaking changes',
        '',
        '- `293538`: ErrorType.FlowBlocked: value changed from 200 to 201 (docs/293538.md:45)',
        '',
        '### Added',
        '',
        '- `293538`: ErrorType.NewCode = 7000 added (docs/293538.md:20)',
        '',
        '### Docs text',
        '',
        '- `293538`: ErrorType.InvalidTicket: text changed (docs/293538.md:19)',
        '',
        '## 1.0.0',
        '',
        'First release, generated from 2 docs.',
        '',
      ].join('\n'),
    );
    expect((await cli(['generate', '--check'], dir)).status).toBe(0);
    expect((await cli(['diff'], dir)).stdout).toBe('doc-codegen: no changes.\n');
  });

  it('refuses breaking changes with --fail-on-breaking (or failOnBreaking) unless --allow-breaking', async () => {
    const dir = await project();
    await edit(dir);
    const before = await readTree(path.join(dir, 'generated'));
    const blocked = await cli(['generate', '--fail-on-breaking'], dir);
    expect(blocked.status).toBe(1);
    expect(blocked.stderr).toContain('ErrorType.FlowBlocked: value changed from 200 to 201');
    expect(blocked.stderr).toContain('Run with --allow-breaking to release 2.0.0.');
    expect(await readTree(path.join(dir, 'generated'))).toEqual(before);
    const config = JSON.parse(await readFile(path.join(dir, 'doc-codegen.config.json'), 'utf8')) as object;
    await writeFile(path.join(dir, 'doc-codegen.config.json'), JSON.stringify({ ...config, failOnBreaking: true }));
    expect((await cli(['generate'], dir)).status).toBe(1);
    expect((await cli(['generate', '--allow-breaking'], dir)).status).toBe(0);
  });

  it('takes --base as a model.json file or as a git ref', async () => {
    const dir = await project();
    const git = (...args: string[]) => run('git', args, { cwd: dir });
    git('init', '-q');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'add', '.');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'base');
    await edit(dir);
    expect((await cli(['generate'], dir)).status).toBe(0);
    expect((await cli(['diff'], dir)).stdout).toBe('doc-codegen: no changes.\n');
    expect((await cli(['diff', '--base', 'HEAD'], dir)).stdout).toContain('a major release');
    await writeFile(path.join(dir, 'old-model.json'), (await run('git', ['show', 'HEAD:generated/model.json'], { cwd: dir })).stdout);
    expect((await cli(['diff', '--base', 'old-model.json', '--format', 'json'], dir)).stdout).toContain('"level": "major"');
    const bad = await cli(['diff', '--base', 'no-such-ref'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--base no-such-ref: neither a readable file nor a git ref with ./generated/model.json');
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
    const result = await cli(['generate'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(path.join(dir, 'doc-codegen.config.json'));
    expect(result.stderr).toContain(message);
  });

  it('refuses an outDir that holds the project', async () => {
    const dir = await project();
    await writeFile(path.join(dir, 'doc-codegen.config.json'), JSON.stringify({ outDir: '.' }));
    const result = await cli(['generate'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"outDir" (.) must be a folder inside or beside the project');
  });

  it('names a missing --config file', async () => {
    const dir = await project();
    const result = await cli(['generate', '--config', 'nope.json'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${path.join(dir, 'nope.json')}: cannot read the config file`);
  });

  it('reports broken JSON with the file', async () => {
    const dir = await project();
    await writeFile(path.join(dir, 'doc-codegen.config.json'), '{ "docs": [ }');
    const result = await cli(['generate'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('doc-codegen.config.json: not valid JSON');
  });
});

describe('init', () => {
  async function folder(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-init-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), text);
    }
    return dir;
  }
  const seed = (id: string) => readFile(path.join(REPO_ROOT, 'docs', `${id}.md`), 'utf8');
  const schema = (dir: string) => path.relative(dir, path.join(REPO_ROOT, 'schema/config.schema.json')).split(path.sep).join('/');

  it('writes a config for a folder of the seed docs, naming the headless table, with which generate succeeds', async () => {
    const dir = await folder({ '293538.md': await seed('293538'), '412253.md': await seed('412253') });
    const result = await cli(['init'], dir);
    expect(result.status).toBe(0);
    const packageName = `${path.basename(dir).toLowerCase()}-codes`;
    expect(result.stdout).toBe(
      [
        `doc-codegen: wrote doc-codegen.config.json: 2 docs (*.md), output in generated/ as package ${packageName}, messages under locale zh-CN (read from the docs' text).`,
        'No "docsBaseUrl" (init cannot tell where your doc pages are), so no enum links to a doc page: set it to their address (a doc\'s page is docsBaseUrl + its file name without the extension) to have each enum link to its page.',
        '293538.md:',
        '  ErrorType: 47 members',
        '412253.md:',
        '  OpenApiErrorCode: 46 members',
        '    错误码 → code (header "错误码" says code; cells hold identifiers, unique)',
        '    说明 → description (header "说明" says description; cells hold text)',
        '    处理方法 → solution (header "处理方法" says solution; cells hold text)',
        'Named 1 table without a heading, or whose heading reads as a sentence (rename as you like, under "names"):',
        '  412253: OpenApiErrorCode',
        'Next:',
        '  npx doc-codegen lint        check the docs',
        '  npx doc-codegen generate    write the generated package',
        '',
      ].join('\n'),
    );
    const written = await readFile(path.join(dir, 'doc-codegen.config.json'), 'utf8');
    expect(JSON.parse(written)).toEqual({ $schema: schema(dir), docs: ['*.md'], package: { name: packageName }, locale: 'zh-CN', names: { '412253': 'OpenApiErrorCode' } });
    const generated = await cli(['generate'], dir);
    expect(generated.stdout).toBe('doc-codegen: 2 docs, 2 enums (93 members) → generated: 23 written, 0 removed, 0 unchanged.\n');
    expect(generated.status).toBe(0);

    // Never over an existing config.
    const again = await cli(['init'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe('doc-codegen: doc-codegen.config.json already exists; init writes a new config only. Edit that one, or move it away and run init again.\n');
    expect(await readFile(path.join(dir, 'doc-codegen.config.json'), 'utf8')).toBe(written);
  });

  it('globs the one folder that holds the docs, and leaves the project’s own Markdown out', async () => {
    const docs = await folder({ 'README.md': '# Project\n', 'docs/293538.md': await seed('293538'), 'docs/en/293538.md': await seed('293538') });
    expect(await cli(['init'], docs)).toMatchObject({ status: 0 });
    expect(JSON.parse(await readFile(path.join(docs, 'doc-codegen.config.json'), 'utf8'))).toMatchObject({ docs: ['docs/**/*.md'] });
    const flat = await folder({ 'README.md': '# Project\n', '293538.md': await seed('293538'), 'node_modules/x/y.md': '# not a doc\n' });
    expect(await cli(['init'], flat)).toMatchObject({ status: 0 });
    expect(JSON.parse(await readFile(path.join(flat, 'doc-codegen.config.json'), 'utf8'))).toMatchObject({ docs: ['*.md', '!README.md'] });
  });

  it("names the package after the project's, and a module for a doc whose file name cannot name one", async () => {
    const table = '# LampColor\n\n| Name | Value | Meaning |\n| --- | --- | --- |\n| Off | 0 | The lamp is dark. |\n| On | 1 | The lamp is lit. |\n';
    const dir = await folder({ 'package.json': JSON.stringify({ name: '@acme/Lights App' }), 'docs/lamp colors.md': `---\ntitle: "Lamp Colors"\n---\n\n${table}`, 'docs/index.md': table.replace('LampColor', 'LampShade') });
    const result = await cli(['init'], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('output in generated/ as package @acme/lights-app-codes, messages under locale en');
    expect(result.stdout).toContain('Named 2 modules whose doc\'s file name cannot name one (a file name and a subpath export; under "modules"):\n  index: lamp-shade (from its heading "LampShade")\n  lamp colors: lamp-colors (from its title "Lamp Colors")\n');
    expect(JSON.parse(await readFile(path.join(dir, 'doc-codegen.config.json'), 'utf8'))).toMatchObject({
      package: { name: '@acme/lights-app-codes' },
      locale: 'en',
      modules: { 'lamp colors': 'lamp-colors', index: 'lamp-shade' },
    });
    const generated = await cli(['generate'], dir);
    expect(generated.status, generated.stderr).toBe(0);
    expect(JSON.parse(await readFile(path.join(dir, 'generated/package.json'), 'utf8'))).toMatchObject({ name: '@acme/lights-app-codes' });
  });

  it('exits 1 in a folder without docs, writing nothing', async () => {
    const dir = await folder({ 'notes.txt': 'x' });
    expect(await cli(['init'], dir)).toEqual({
      status: 1,
      stdout: '',
      stderr: 'doc-codegen: no Markdown or MDX docs (*.md, *.mdx) in this folder or below it; run init in the folder that holds the docs.\n',
    });
    expect(existsSync(path.join(dir, 'doc-codegen.config.json'))).toBe(false);
  });

  it('finds MDX docs, names a sentence heading with an identifier, and says which tables it did not read and why', async () => {
    const dir = await folder({
      'docs/relay-status.mdx': "import { Note } from './note';\n\n## 12.4 The full list of relay status codes\n\n<Note>Sent on close.</Note>\n\n| Code | Meaning |\n| --- | --- |\n| 1 | The relay is up. |\n| 2 | The relay is down. |\n",
      'docs/ucloud-urtc-cdn-relay.md': '## CdnRelayError\n\n| Gateway status | Business code | Meaning |\n| --- | --- | --- |\n| 400 | 7001 | Bad request. |\n| 400 | 7001 | Bad body. |\n| 500 | 7002 | Upstream down. |\n',
    });
    const result = await cli(['init'], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        `doc-codegen: wrote doc-codegen.config.json: 2 docs (docs/**/*.{md,mdx}), output in generated/ as package ${path.basename(dir).toLowerCase()}-codes, messages under locale en (read from the docs' text).`,
        'No "docsBaseUrl" (init cannot tell where your doc pages are), so no enum links to a doc page: set it to their address (a doc\'s page is docsBaseUrl + its file name without the extension) to have each enum link to its page.',
        'docs/relay-status.mdx:',
        '  StatusCodes: 2 members',
        '    Code → code (header "Code" says code; cells hold numbers, unique)',
        '    Meaning → description (header "Meaning" says description; cells hold text)',
        'docs/ucloud-urtc-cdn-relay.md:',
        '  not read: 3:1 Table reads like a definition (header: Gateway status | Business code | Meaning), but no column has a value of its own on every row: "Gateway status" and "Business code" repeat; to read it, say which column is the code in the config, e.g. "columns": { "code": ["Gateway status"] }',
        'Named 1 table without a heading, or whose heading reads as a sentence (rename as you like, under "names"):',
        '  relay-status: StatusCodes',
        'Next:',
        '  npx doc-codegen lint        check the docs',
        '  npx doc-codegen generate    write the generated package',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(await readFile(path.join(dir, 'doc-codegen.config.json'), 'utf8'))).toEqual({
      $schema: schema(dir),
      docs: ['docs/**/*.{md,mdx}'],
      package: { name: `${path.basename(dir).toLowerCase()}-codes` },
      locale: 'en',
      names: { 'relay-status': 'StatusCodes' },
    });
    // The doc id of an MDX doc has no extension: its module is `relay-status`.
    expect((await cli(['generate'], dir)).stdout).toContain('2 docs, 1 enum');
  });
});

describe('rule links', () => {
  it('point at the config rulesUrl when it has one, else at the installed docs/rules.md', async () => {
    const { dir, cleanup } = await copyProject();
    try {
      const urls = async (): Promise<string[]> => {
        const result = await cli(['lint', '--format', 'json'], dir);
        return (JSON.parse(result.stdout) as { diagnostics: { ruleId: string; url: string }[] }).diagnostics.map((diagnostic) => diagnostic.url);
      };
      const installed = await urls();
      expect(installed.length).toBeGreaterThan(0);
      for (const url of installed) expect(url).toMatch(/^file:\/\/.*\/docs\/rules\.md#broken-link$/);
      await editFile(path.join(dir, 'doc-codegen.config.json'), (text) => text.replace('"outDir"', '"rulesUrl": "https://docs.example.com/doc-codegen/rules",\n  "outDir"'));
      expect(new Set(await urls())).toEqual(new Set(['https://docs.example.com/doc-codegen/rules#broken-link']));
    } finally {
      await cleanup();
    }
  });
});
