// Generated TypeScript → JS and .d.ts, one file at a time with TypeScript's
// transpileModule/transpileDeclaration (the generated code is written to satisfy
// isolatedDeclarations, so no whole-program compile is needed). Type-checking the
// output is the tests' job, not the hot path's.
import { ts } from 'ts-morph';

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

export function compileModule(fileName: string, source: string): CompiledModule {
  const js = ts.transpileModule(source, { compilerOptions: JS_OPTIONS, fileName, reportDiagnostics: true });
  const dts = ts.transpileDeclaration(source, { compilerOptions: DTS_OPTIONS, fileName, reportDiagnostics: true });
  const problems = [...(js.diagnostics ?? []), ...(dts.diagnostics ?? [])];
  if (problems.length > 0) {
    const text = problems.map((problem) => ts.flattenDiagnosticMessageText(problem.messageText, '\n')).join('\n');
    // A bug in the emitters, never in the docs: say so loudly.
    throw new Error(`doc-codegen produced TypeScript that does not transpile (${fileName}):\n${text}`);
  }
  return { js: js.outputText, dts: dts.outputText };
}
