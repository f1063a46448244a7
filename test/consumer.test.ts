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
        'i18next: 参数非法',
        '',
      ].join('\n'),
    );
  });
});
