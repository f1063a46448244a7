// tree-sitter's grammars for verify's SDK readers (C/C++, Objective-C, Java): prebuilt
// WebAssembly, a real parser with nothing to compile on install. The grammars are optional
// peer dependencies, loaded only when headers or sources of their language are verified:
// `@vscode/tree-sitter-wasm` (the runtime, and the C++ and Java grammars) and
// `tree-sitter-objc` (Objective-C's grammar, as WebAssembly in that package).
import { createRequire } from 'node:module';
import type treeSitterModule from '@vscode/tree-sitter-wasm';
import { ConfigError } from '../config.js';
import { commentText, type SdkMember } from './sdk.js';

export type TreeSitter = typeof treeSitterModule;
export type TreeParser = InstanceType<TreeSitter['Parser']>;
export type TreeNode = NonNullable<ReturnType<TreeParser['parse']>>['rootNode'];
export type Grammar = 'cpp' | 'java' | 'objc';

const require = createRequire(import.meta.url);

/** The npm package and file of each grammar. */
const GRAMMARS: Record<Grammar, { packageName: string; file: string }> = {
  cpp: { packageName: '@vscode/tree-sitter-wasm', file: '@vscode/tree-sitter-wasm/wasm/tree-sitter-cpp.wasm' },
  java: { packageName: '@vscode/tree-sitter-wasm', file: '@vscode/tree-sitter-wasm/wasm/tree-sitter-java.wasm' },
  objc: { packageName: 'tree-sitter-objc', file: 'tree-sitter-objc/tree-sitter-objc.wasm' },
};

const missing = (packageName: string, what: string): ConfigError =>
  new ConfigError(
    `verify reads ${what} with ${packageName}, an optional dependency that is not installed: run \`npm install --save-dev ${packageName}\`, then verify again (.d.ts and .ts declarations need nothing more).`,
  );

const WHAT: Record<Grammar, string> = { cpp: 'C and C++ headers', java: 'Java sources', objc: 'Objective-C headers' };

/** The tree-sitter runtime, or a ConfigError that says how to install it. */
export async function loadTreeSitter(load: () => Promise<{ default: TreeSitter }> = () => import('@vscode/tree-sitter-wasm'), what = WHAT.cpp): Promise<TreeSitter> {
  try {
    return (await load()).default;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    throw missing('@vscode/tree-sitter-wasm', what);
  }
}

let runtime: Promise<TreeSitter> | undefined;
const parsers = new Map<Grammar, Promise<TreeParser>>();

/** One parser per grammar for the process: loading a grammar is the cost. */
export function parserFor(grammar: Grammar): Promise<TreeParser> {
  let parser = parsers.get(grammar);
  if (!parser) {
    parser = (async () => {
      runtime ??= loadTreeSitter(undefined, WHAT[grammar]).then(async (treeSitter) => {
        await treeSitter.Parser.init({ locateFile: (file: string) => require.resolve(`@vscode/tree-sitter-wasm/wasm/${file}`) });
        return treeSitter;
      });
      const treeSitter = await runtime;
      const { packageName, file } = GRAMMARS[grammar];
      let wasm: string;
      try {
        wasm = require.resolve(file);
      } catch {
        throw missing(packageName, WHAT[grammar]);
      }
      const created = new treeSitter.Parser();
      created.setLanguage(await treeSitter.Language.load(wasm));
      return created;
    })();
    // A failed load is not kept: the next verify (in a watch, an editor) tries again.
    parser.catch(() => parsers.delete(grammar));
    parsers.set(grammar, parser);
  }
  return parser;
}

/**
 * Each member's doc comment (commentText), by the member node's start: the comments on the lines
 * right above it, or one after it on its line (`A = 1, ///< …`), as SDK sources write them.
 */
export function docComments(children: readonly (TreeNode | null)[], isMember: (node: TreeNode) => boolean): Map<number, string> {
  const docs = new Map<number, string>();
  let above: TreeNode[] = [];
  let previous: TreeNode | undefined;
  for (const child of children) {
    if (!child) continue;
    if (child.type.endsWith('comment')) {
      if (previous && child.startPosition.row === previous.endPosition.row) {
        const text = commentText(child.text);
        if (text !== undefined && !docs.has(previous.startIndex)) docs.set(previous.startIndex, text);
      } else above.push(child);
      continue;
    }
    if (!isMember(child)) continue;
    // Only the comment lines that end right above it are its own.
    let row = child.startPosition.row;
    const own: TreeNode[] = [];
    for (const comment of above.reverse()) {
      if (comment.endPosition.row !== row - 1) break;
      own.unshift(comment);
      row = comment.startPosition.row;
    }
    const text = own.length > 0 ? commentText(own.map((comment) => comment.text).join('\n')) : undefined;
    if (text !== undefined) docs.set(child.startIndex, text);
    above = [];
    previous = child;
  }
  return docs;
}

/** A node's 1-based line and column. */
export function positionOf(node: TreeNode): { line: number; column: number } {
  return { line: node.startPosition.row + 1, column: node.startPosition.column + 1 };
}

/** The SDK member `name` declared at `node`, with its doc comment from `docs` (docComments) when it has one. */
export function sdkMemberAt(node: TreeNode, name: string, docs: ReadonlyMap<number, string>): SdkMember {
  const member: SdkMember = { name, ...positionOf(node) };
  const doc = docs.get(node.startIndex);
  if (doc !== undefined) member.doc = doc;
  return member;
}
