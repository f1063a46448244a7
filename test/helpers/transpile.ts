// TypeScript's own JS and .d.ts of the generated source (transpileModule and
// transpileDeclaration, one file at a time: the generated code satisfies
// isolatedDeclarations): the reference the JS and .d.ts doc-codegen writes itself must equal.
import { ts } from 'ts-morph';
import type { EnumStyle } from '../../src/config.js';
import {
  groupModules,
  INDEX_MODULE,
  indexModuleSource,
  messageModuleSource,
  moduleSource,
  type GeneratedSource,
} from '../../src/emit/modules.js';
import { MESSAGE_MODULE } from '../../src/emit/message.js';
import type { Model } from '../../src/model/types.js';

const JS_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  verbatimModuleSyntax: true,
  newLine: ts.NewLineKind.LineFeed,
  removeComments: false,
};
// transpileModule turns `declaration` off, so only the declaration pass asks for isolatedDeclarations.
const DTS_OPTIONS: ts.CompilerOptions = { ...JS_OPTIONS, declaration: true, isolatedDeclarations: true };

export interface CompiledModule {
  js: string;
  dts: string;
}

/** TypeScript's output by file name and source: the message and index modules recur in every fuzzed model. */
const compiled = new Map<string, CompiledModule>();

export function compileModule(fileName: string, source: string): CompiledModule {
  const key = `${fileName}\0${source}`;
  const known = compiled.get(key);
  if (known) return known;
  // A bound on memory: the fuzzer makes thousands of distinct modules.
  if (compiled.size >= 256) compiled.clear();
  const result = transpile(fileName, source);
  compiled.set(key, result);
  return result;
}

function transpile(fileName: string, source: string): CompiledModule {
  const js = ts.transpileModule(source, { compilerOptions: JS_OPTIONS, fileName, reportDiagnostics: true });
  const dts = ts.transpileDeclaration(source, { compilerOptions: DTS_OPTIONS, fileName, reportDiagnostics: true });
  const problems = [...(js.diagnostics ?? []), ...(dts.diagnostics ?? [])];
  if (problems.length > 0) {
    const lines = source.split('\n');
    const text = problems.map((problem) => {
      const line = problem.file && problem.start !== undefined ? problem.file.getLineAndCharacterOfPosition(problem.start).line : -1;
      return `${fileName}:${line + 1}: ${ts.flattenDiagnosticMessageText(problem.messageText, '\n')}\n${lines.slice(Math.max(0, line - 3), line + 1).map((text) => `    ${text}`).join('\n')}`;
    });
    // A bug in the emitters, never in the docs: say so loudly.
    throw new Error(`doc-codegen produced TypeScript that does not transpile:\n${text.join('\n')}`);
  }
  return { js: js.outputText, dts: dts.outputText };
}

/**
 * Where the JS and .d.ts doc-codegen writes itself differ from TypeScript's transpile of the
 * source it writes, for every module of `model` in `style` (empty: none).
 */
export function formMismatches(model: Model, style: EnumStyle): string[] {
  const mismatches: string[] = [];
  const modules = groupModules(model).map(({ name, enums }) => moduleSource(name, enums, style, model.locales));
  const sources: [string, GeneratedSource][] = [
    ...modules.map((module): [string, GeneratedSource] => [module.name, module.source]),
    [MESSAGE_MODULE, messageModuleSource(model)],
    [INDEX_MODULE, indexModuleSource(modules)],
  ];
  for (const [name, { forms }] of sources) {
    const compiled = compileModule(`${name}.ts`, forms.ts);
    const reference = { ...compiled, js: pureEnums(compiled.js) };
    // TypeScript ends its output with a newline; the forms are joined without one.
    if (reference.js.trimEnd() !== forms.js) mismatches.push(firstDifference(`${name}.js`, reference.js.trimEnd(), forms.js));
    if (reference.dts.trimEnd() !== forms.dts) mismatches.push(firstDifference(`${name}.d.ts`, reference.dts.trimEnd(), forms.dts));
  }
  return mismatches;
}

/**
 * TypeScript's enum statements as doc-codegen writes them on purpose: the same IIFE, as a pure
 * call whose result is the enum (esbuild's form), so that bundlers drop unused enums.
 */
function pureEnums(js: string): string {
  return js.replace(/^export var ([^\s;()]+);\n\(function \(\1\) \{\n([\s\S]*?)\n\}\)\(\1 \|\| \(\1 = \{\}\)\);$/gm, (_all, name: string, body: string) =>
    [`export var ${name} = /* @__PURE__ */ ((${name}) => {`, body, `    return ${name};`, `})(${name} || {});`].join('\n'),
  );
}

function firstDifference(file: string, expected: string, actual: string): string {
  const expectedLines = expected.split('\n');
  const actualLines = actual.split('\n');
  const line = expectedLines.findIndex((text, index) => text !== actualLines[index]);
  const at = line === -1 ? expectedLines.length : line;
  return `${file}:${at + 1}: TypeScript ${JSON.stringify(expectedLines[at])}, doc-codegen ${JSON.stringify(actualLines[at])}`;
}
