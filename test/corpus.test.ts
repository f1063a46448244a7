// The whole real doc set (882 docs), generated once into a temp dir: every enum section
// and 枚举值 table found by an independent line scan became an enum with that many
// members; nothing crashed; the output type-checks; model.json validates; and the
// diagnostics summary is a reviewed golden file.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config.js';
import { buildModelFromDocs } from '../src/build-model.js';
import { generate, type GenerateResult } from '../src/generate.js';
import { severityOf } from '../src/diagnostics/diagnostic.js';
import { modelJson } from '../src/emit/json.js';
import { CORPUS_DIR, CORPUS_SKIP_NOTE, HAS_CORPUS } from './helpers/corpus.js';
import { UPDATE } from './helpers/fixtures.js';
import { isIncluded, scanDefinitions } from './helpers/line-scan.js';
import { REPO_ROOT } from './helpers/paths.js';
import { tsc } from './helpers/run.js';
import { formMismatches } from './helpers/transpile.js';

const SUMMARY_FILE = path.join(REPO_ROOT, 'test/fixtures/corpus/diagnostics-summary.txt');
const CROSS_DOC_FILE = path.join(REPO_ROOT, 'test/fixtures/corpus/cross-doc-findings.txt');

describe.skipIf(!HAS_CORPUS)(`the real doc set${HAS_CORPUS ? '' : ` (skipped: ${CORPUS_SKIP_NOTE})`}`, () => {
  let outDir: string;
  let result: GenerateResult;

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-corpus-'));
    const raw = JSON.parse(await readFile(path.join(REPO_ROOT, 'test/fixtures/corpus/config.json'), 'utf8')) as object;
    // Parsing the set is the cost: one generate, shared by every test below.
    result = await generate(resolveConfig({ ...raw, outDir }, CORPUS_DIR));
  }, 300_000);

  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('generates without a single error', () => {
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.fatal === true);
    expect(errors.map((error) => `${error.file}:${error.line}:${error.column} ${error.ruleId} ${error.reason}`)).toEqual([]);
    expect(result.written).toBe(true);
  });

  it('turns every enum section and 枚举值 table found by a line scan into an enum with as many members', () => {
    const expected = new Map<string, number>();
    for (const file of readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.md')).sort()) {
      const text = readFileSync(path.join(CORPUS_DIR, file), 'utf8');
      if (!isIncluded(text)) continue;
      for (const found of scanDefinitions(file, text)) expected.set(found.key, found.rows);
    }
    const actual = new Map(
      result.model.enums
        .filter((enumDef) => enumDef.kind === 'enum')
        .map((enumDef) => [`${enumDef.source.path}:${enumDef.source.line}`, enumDef.members.length]),
    );
    expect(expected.size).toBeGreaterThan(1200);
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
  });

  it('takes the real code tables and no parameter, field or changelog table', () => {
    const codes = result.model.enums.filter((enumDef) => enumDef.kind === 'codes');
    expect(codes.map((enumDef) => [enumDef.source.path, enumDef.name, enumDef.valueType, enumDef.members.length])).toEqual([
      // `ErrCodeN | ErrCode | 含义`, read by content (issue 21): the whiteboard service's codes,
      // named by the ErrCode column; `^^` rows continue the row above (a merged cell written out).
      ['1241018.md', '白板服务通用错误码', 'number', 4],
      ['1241018.md', '静态转码错误码', 'number', 8],
      ['1241018.md', '动态转码错误码', 'number', 8],
      ['412253.md', 'OpenApiErrorCode', 'string', 46],
      // `符号 | 错误码 | 含义`: the MiniApp SDK's ERROR_CODES, named by the symbol column.
      ['78565.md', '错误列表', 'number', 22],
    ]);
    expect(codes[4]?.members[0]).toMatchObject({ name: 'ERROR_CODES_INVALID_PARAMS', originalName: 'ERROR_CODES.INVALID_PARAMS', value: 100001 });
    // A continued row adds its text; a row that repeats the code with a name of its own is that code's alias.
    expect(codes[1]?.members.slice(2, 3)).toMatchObject([{ name: 'InvalidParameter_InvalidResource', value: 420, description: { text: '文件损坏或后缀名不匹配\n\n不支持加密文件转码\n\n不支持的文件' } }]);
    expect(codes[1]?.members.filter((member) => member.value === 500).map((member) => member.originalName)).toEqual([
      'InternalError.DownloadFail',
      'InternalError.TranscodeFail',
      undefined,
      'InternalError.UploadFail',
    ]);
  });

  it('evaluates bit expressions exactly, beyond 2^31 and 2^53', () => {
    const values = new Map(result.model.enums.flatMap((enumDef) => enumDef.members.map((member) => [`${enumDef.module}.${enumDef.name}.${member.name}`, member] as const)));
    const find = (suffix: string) => [...values].find(([key]) => key.endsWith(suffix))?.[1];
    expect(find('.ByteRTCProblemFeedbackOption.ByteRTCProblemFeedbackOptionLocalNoise')).toMatchObject({ value: 1024, valueText: '1ULL << 10' });
    const big = [...values.values()].find((member) => member.valueText === '1ULL << 54');
    expect(big?.value).toBe(2 ** 54);
    expect(String(big?.value)).toBe('18014398509481984');
    expect(find('.StreamIndex.kStreamIndexMain')?.value).toBe(0);
  });

  it('type-checks the generated TypeScript (tsc --strict, isolatedDeclarations)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-corpus-tsc-'));
    try {
      const files = readdirSync(path.join(outDir, 'src')).map((file) => path.join(outDir, 'src', file));
      files.push(...readdirSync(path.join(outDir, 'dist')).filter((file) => file.endsWith('.d.ts')).map((file) => path.join(outDir, 'dist', file)));
      const compilerOptions = { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', isolatedDeclarations: true, declaration: true, verbatimModuleSyntax: true, types: [] };
      await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }));
      const checked = tsc(dir);
      expect((checked.stdout + checked.stderr).trim()).toBe('');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each(['enum', 'const-object', 'union'] as const)('writes JS and .d.ts equal to TypeScript’s transpile of the source (enumStyle %s)', (style) => {
    expect(formMismatches(result.model, style)).toEqual([]);
  });

  it('writes a model.json that validates against schema/model.schema.json', async () => {
    const schema = JSON.parse(await readFile(path.join(REPO_ROOT, 'schema/model.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
    const model: unknown = JSON.parse(await readFile(path.join(outDir, 'model.json'), 'utf8'));
    validate(model);
    expect(validate.errors ?? []).toEqual([]);
  });

  it("prints model.json the same with a watcher's memo (each enum and doc printed on its own)", async () => {
    const memo = new WeakMap<object, string>();
    expect(modelJson(result.model, memo)).toBe(await readFile(path.join(outDir, 'model.json'), 'utf8'));
    // Printed again from the memo alone.
    expect(modelJson(result.model, memo)).toBe(modelJson(result.model));
  });

  it('gives the same model through the fast path as with every doc parsed (positions included)', async () => {
    const config = resolveConfig({ ...(JSON.parse(await readFile(path.join(REPO_ROOT, 'test/fixtures/corpus/config.json'), 'utf8')) as object), outDir }, CORPUS_DIR);
    const full = await buildModelFromDocs(config, { fullParse: true });
    expect(JSON.stringify(result.model)).toBe(JSON.stringify(full.model));
    // Only info-level reports about tables of docs that define nothing are left out.
    const notInfo = (diagnostics: typeof full.diagnostics) => diagnostics.filter((d) => d.fatal !== undefined).map(String);
    expect(notInfo(result.diagnostics)).toEqual(notInfo(full.diagnostics));
  }, 300_000);

  it('keeps the diagnostics summary (count per rule id) as reviewed in test/fixtures/corpus/diagnostics-summary.txt', async () => {
    const counts = new Map<string, number>();
    for (const diagnostic of result.diagnostics) {
      const key = `${severityOf(diagnostic).padEnd(8)} ${diagnostic.ruleId ?? '?'}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const members = result.model.enums.reduce((sum, enumDef) => sum + enumDef.members.length, 0);
    const summary = [
      `docs read: ${result.filesRead}, included: ${result.model.docs.length}, enums: ${result.model.enums.length}, members: ${members}`,
      ...[...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, count]) => `${key} ${count}`),
      '',
    ].join('\n');
    if (UPDATE) await writeFile(SUMMARY_FILE, summary);
    expect(summary).toBe(await readFile(SUMMARY_FILE, 'utf8'));
  });

  it('keeps the cross-doc findings (platform variants that disagree) as reviewed in test/fixtures/corpus/cross-doc-findings.txt', async () => {
    const findings = result.diagnostics
      .filter((diagnostic) => diagnostic.ruleId === 'cross-doc-value-mismatch')
      .map((diagnostic) => `${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.reason}`);
    const text = `${findings.length} places where same-named enums of different docs disagree:\n${findings.join('\n')}\n`;
    if (UPDATE) await writeFile(CROSS_DOC_FILE, text);
    expect(text).toBe(await readFile(CROSS_DOC_FILE, 'utf8'));
  });
});
