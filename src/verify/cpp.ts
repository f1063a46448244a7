// C and C++ SDK headers, read with tree-sitter's C++ grammar (prebuilt WebAssembly from
// @vscode/tree-sitter-wasm: a real parser, nothing to compile on install): `enum X { … }`,
// The grammar bundle is 22 MB of 19 grammars: an optional peer dependency, loaded only when
// headers are verified, so that installing doc-codegen does not cost it.
// `enum class X : int { A = 1, B = 1 << 3 }`, inside namespaces and classes. Values are
// evaluated by the docs' own exact evaluator (model/values.ts): references to earlier
// members, C operators, `ULL` suffixes; a member without one is the one before plus 1.
import { createRequire } from 'node:module';
import type treeSitterModule from '@vscode/tree-sitter-wasm';
import { ConfigError } from '../config.js';
import { evaluate, failure, parseValueExpression } from '../model/values.js';
import type { SdkEnum, SdkMember } from './sdk.js';

type TreeSitter = typeof treeSitterModule;
type TreeNode = NonNullable<ReturnType<InstanceType<TreeSitter['Parser']>['parse']>>['rootNode'];

let parser: Promise<InstanceType<TreeSitter['Parser']>> | undefined;

/** The tree-sitter bundle, or a ConfigError that says how to install it. */
export async function loadTreeSitter(load: () => Promise<{ default: TreeSitter }> = () => import('@vscode/tree-sitter-wasm')): Promise<TreeSitter> {
  try {
    return (await load()).default;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    throw new ConfigError(
      'verify reads C and C++ headers with @vscode/tree-sitter-wasm, an optional dependency that is not installed: run `npm install --save-dev @vscode/tree-sitter-wasm`, then verify again (.d.ts and .ts declarations need nothing more).',
    );
  }
}

/** One parser for the process: loading the grammar is the cost. */
function cppParser(): Promise<InstanceType<TreeSitter['Parser']>> {
  parser ??= (async () => {
    const treeSitter = await loadTreeSitter();
    const require = createRequire(import.meta.url);
    await treeSitter.Parser.init({ locateFile: (file: string) => require.resolve(`@vscode/tree-sitter-wasm/wasm/${file}`) });
    const language = await treeSitter.Language.load(require.resolve('@vscode/tree-sitter-wasm/wasm/tree-sitter-cpp.wasm'));
    const created = new treeSitter.Parser();
    created.setLanguage(language);
    return created;
  })();
  return parser;
}

export async function readCppSdk(files: readonly { path: string; text: string }[]): Promise<SdkEnum[]> {
  const cpp = await cppParser();
  const enums: SdkEnum[] = [];
  for (const file of files) {
    const tree = cpp.parse(file.text);
    if (tree) collect(tree.rootNode, [], file.path, enums);
  }
  return enums;
}

function collect(node: TreeNode, scope: readonly string[], file: string, enums: SdkEnum[]): void {
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'enum_specifier') {
      const found = enumOf(child, scope, file);
      if (found) enums.push(found);
      continue;
    }
    const name = child.type === 'namespace_definition' || child.type === 'class_specifier' || child.type === 'struct_specifier' ? child.childForFieldName('name')?.text : undefined;
    collect(child, name ? [...scope, name] : scope, file, enums);
  }
}

function enumOf(node: TreeNode, scope: readonly string[], file: string): SdkEnum | undefined {
  const name = node.childForFieldName('name')?.text;
  const body = node.childForFieldName('body');
  if (!name || !body) return undefined;
  const members: SdkMember[] = [];
  const values = new Map<string, bigint | string>();
  let next: bigint | undefined = 0n;
  for (const enumerator of body.namedChildren) {
    if (enumerator?.type !== 'enumerator') continue;
    const memberName = enumerator.childForFieldName('name')?.text ?? '';
    const valueText = enumerator.childForFieldName('value')?.text;
    const member: SdkMember = { name: memberName, line: enumerator.startPosition.row + 1, column: enumerator.startPosition.column + 1 };
    let value: bigint | string | undefined = next;
    if (valueText !== undefined) {
      member.valueText = valueText;
      const parsed = parseValueExpression(valueText);
      const evaluated = parsed.ok
        ? evaluate(parsed.value, (path) => {
            const known = values.get(path.at(-1) ?? '');
            return known === undefined ? failure('unresolved-reference', `unknown ${path.join('::')}`) : { ok: true, value: known };
          })
        : undefined;
      value = evaluated?.ok ? evaluated.value : undefined;
    }
    if (value !== undefined) {
      member.value = value;
      values.set(memberName, value);
    }
    next = typeof value === 'bigint' ? value + 1n : undefined;
    members.push(member);
  }
  return { name, qualifiedName: [...scope, name].join('::'), file, line: node.startPosition.row + 1, column: node.startPosition.column + 1, members };
}
