// `doc-codegen verify --sdk <files>`: the docs against the SDK they describe.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { ConfigError, type ResolvedConfig } from '../config.js';
import { linkRules, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { buildModelFromDocs, type BuildModelOptions } from '../build-model.js';
import type { Model } from '../model/types.js';
import { compareWithSdk, type EnumComparison } from './compare.js';
import { readCppSdk } from './cpp.js';
import { readJavaSdk } from './java.js';
import { sdkKindOf, type SdkEnum } from './sdk.js';
import { readTypeScriptSdk } from './typescript.js';

export interface VerifyResult {
  model: Model;
  /** The docs' own diagnostics, then the comparison's. */
  diagnostics: Diagnostic[];
  compared: EnumComparison[];
  /** The SDK files read, as given. */
  sdkFiles: string[];
}

/** Reads the SDK files `patterns` name (paths or globs, relative to `cwd`) and compares them with the docs. */
export async function verify(config: ResolvedConfig, patterns: readonly string[], cwd: string, options: BuildModelOptions = {}): Promise<VerifyResult> {
  const sdkFiles = [...new Set(await glob([...patterns], { cwd, onlyFiles: true, expandDirectories: false }))].map((file) => file.split(path.sep).join('/')).sort();
  if (sdkFiles.length === 0) throw new ConfigError(`--sdk ${patterns.join(' ')}: no such file (give .d.ts/.ts declarations, C/C++/Objective-C headers or Java sources).`);
  const unknown = sdkFiles.filter((file) => sdkKindOf(file) === undefined);
  if (unknown.length > 0) throw new ConfigError(`--sdk: cannot read ${unknown.join(', ')}: verify reads TypeScript (.d.ts, .ts), C, C++ and Objective-C headers (.h, .hpp, .m) and Java (.java).`);
  const read = (kind: string) => sdkFiles.filter((file) => sdkKindOf(file) === kind).map((file) => ({ path: file, text: readFileSync(path.resolve(cwd, file), 'utf8') }));
  const sdkEnums: SdkEnum[] = [...readTypeScriptSdk(read('typescript')), ...(await readCppSdk(read('cpp'))), ...(await readJavaSdk(read('java')))];
  const built = await buildModelFromDocs(config, options);
  const { diagnostics, compared } = compareWithSdk(built.model, sdkEnums, config.sdk);
  return { model: built.model, diagnostics: linkRules(sortDiagnostics([...built.diagnostics, ...diagnostics]), config.rulesUrl), compared, sdkFiles };
}
