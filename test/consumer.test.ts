// The generated package as an app sees it: installed under its own name (a link in
// node_modules), type-checked with moduleResolution nodenext and bundler, run by node.
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATED, REPO_ROOT } from './helpers/paths.js';
import { run, tsc } from './helpers/run.js';

let app: string;

const common = {
  strict: true,
  target: 'ES2022',
  resolveJsonModule: true,
  skipLibCheck: false,
  types: [],
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
};

beforeAll(async () => {
  app = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-consumer-'));
  await mkdir(path.join(app, 'node_modules'));
  await symlink(GENERATED, path.join(app, 'node_modules/im-codes'), 'dir');
  await cp(path.join(REPO_ROOT, 'test/consumer/app.ts'), path.join(app, 'app.ts'));
  await writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const nodenext = { compilerOptions: { ...common, module: 'NodeNext', moduleResolution: 'NodeNext', outDir: 'out', rootDir: '.' }, files: ['app.ts'] };
  const bundler = { compilerOptions: { ...common, module: 'ESNext', moduleResolution: 'Bundler', noEmit: true }, files: ['app.ts'] };
  await mkdir(path.join(app, 'bundler'));
  await writeFile(path.join(app, 'tsconfig.json'), JSON.stringify(nodenext));
  await writeFile(path.join(app, 'bundler/tsconfig.json'), JSON.stringify({ ...bundler, files: ['../app.ts'] }));
});

afterAll(async () => {
  await rm(app, { recursive: true, force: true });
});

describe('a consumer app importing the generated package by name', () => {
  it('bundles only what it imports (esbuild): one enum in, the other module out', async () => {
    const { build } = await import('esbuild');
    await writeFile(
      path.join(app, 'one-enum.mjs'),
      "import { ErrorType, getErrorTypeMessage } from 'im-codes';\nconsole.log(getErrorTypeMessage(ErrorType.InvalidToken).message);\n",
    );
    const result = await build({ entryPoints: [path.join(app, 'one-enum.mjs')], bundle: true, write: false, format: 'esm', charset: 'utf8', absWorkingDir: app, logLevel: 'silent' });
    const bundle = result.outputFiles[0]?.text ?? '';
    expect(bundle).toContain('无效 token');
    for (const absent of ['OpenApiErrorCode', 'JsonParsingError', '请检查request body的json格式']) expect(bundle).not.toContain(absent);
  });

  it('works from CommonJS: require() of the package and a subpath on Node 20.19+', async () => {
    await writeFile(
      path.join(app, 'require.cjs'),
      "const codes = require('im-codes');\nconst openApi = require('im-codes/412253');\nconsole.log(codes.getErrorTypeName(1), codes.isErrorType(200), openApi.getOpenApiErrorCodeMessage('NoAuth').solution);\n",
    );
    const ran = run(process.execPath, [path.join(app, 'require.cjs')], { cwd: app });
    expect(ran.stderr).toBe('');
    expect(ran.stdout).toBe('InvalidToken true 请输入正确的 AppId\n');
  });

  it('type-checks with moduleResolution bundler', () => {
    const result = tsc(path.join(app, 'bundler'));
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('type-checks and compiles with moduleResolution nodenext, then runs under node', () => {
    const compiled = tsc(app);
    expect(compiled.stdout + compiled.stderr).toBe('');
    const ran = run(process.execPath, [path.join(app, 'out/app.js')], { cwd: app });
    expect(ran.stderr).toBe('');
    expect(ran.stdout).toBe(
      [
        'ErrorType.InvalidToken: 无效 token',
        'ErrorType.FlowBlocked: 流量封禁',
        'unknown: 3',
        'OpenApiErrorCode.RateLimitExceeded: 接口调用超过限流值 / 降低对应接口调用频率',
        'unknown: NoSuchCode',
        "toErrorType(1008) = 1008, toErrorType('1008') = undefined",
        "toOpenApiErrorCode('AppNotFound') = AppNotFound, toOpenApiErrorCode(1) = undefined",
        'getErrorTypeName(-1) = undefined',
        'same enum from subpath: true',
        'catalog sizes: 47 + 46',
        'i18next: 参数非法 / Invalid parameter',
        'zh-CN: 网络错误; 请输入正确的 AppId',
        'en: Network error; Enter a correct AppId',
        '',
      ].join('\n'),
    );
  });
});
