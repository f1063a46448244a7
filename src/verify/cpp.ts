// C, C++ and Objective-C SDK headers, read with tree-sitter's C++ and Objective-C grammars
// (tree-sitter.ts): `enum X { … }`, `enum class X : int { A = 1, B = 1 << 3 }`, inside
// namespaces and classes, and Objective-C's `typedef NS_ENUM(NSInteger, X) { … }` and
// `NS_OPTIONS`. Values are evaluated by the docs' own exact evaluator (model/values.ts):
// references to earlier members, C operators, `ULL` suffixes; a member without one is the one
// before plus 1.
import { constantValue, type SdkEnum, type SdkMember } from './sdk.js';
import { docComments, parserFor, positionOf, sdkMemberAt, type TreeNode } from './tree-sitter.js';

/** What only Objective-C headers hold: its directives, and Foundation's enum macros. */
const OBJECTIVE_C = /^\s*(?:@interface|@protocol|@implementation|#import)\b|\b(?:NS|CF)_(?:ENUM|OPTIONS|CLOSED_ENUM|ERROR_ENUM)\s*\(/m;

/**
 * Foundation's enum macros as the preprocessor expands them before any compiler (and so any
 * grammar) sees the code: `NS_ENUM(NSInteger, X)` is `enum X : NSInteger`, and so are
 * `NS_OPTIONS`, `NS_CLOSED_ENUM`, `CF_ENUM` and `CF_OPTIONS`; `NS_ERROR_ENUM(domain, X)` is
 * `enum X : NSInteger`. Line breaks inside the macro's parentheses are kept, so every line and
 * column after it is where it was.
 */
export function expandEnumMacros(text: string): string {
  return text.replace(/\b(NS|CF)_(ENUM|OPTIONS|CLOSED_ENUM|ERROR_ENUM)\s*\(([^(),]*),([^(),]*)\)/g, (whole, _prefix: string, kind: string, first: string, second: string) => {
    const type = kind === 'ERROR_ENUM' ? 'NSInteger' : first.trim();
    const expanded = `enum ${second.trim()} : ${type}`;
    const breaks = whole.match(/\n/g)?.join('') ?? '';
    return `${expanded}${breaks}`;
  });
}

export async function readCppSdk(files: readonly { path: string; text: string }[]): Promise<SdkEnum[]> {
  const enums: SdkEnum[] = [];
  for (const file of files) {
    const objc = /\.mm?$/i.test(file.path) || OBJECTIVE_C.test(file.text);
    const parser = await parserFor(objc ? 'objc' : 'cpp');
    const tree = parser.parse(objc ? expandEnumMacros(file.text) : file.text);
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
  const docs = docComments(body.children, (node) => node.type === 'enumerator');
  for (const enumerator of body.namedChildren) {
    if (enumerator?.type !== 'enumerator') continue;
    const memberName = enumerator.childForFieldName('name')?.text ?? '';
    const valueText = enumerator.childForFieldName('value')?.text;
    const member = sdkMemberAt(enumerator, memberName, docs);
    let value: bigint | string | undefined = next;
    if (valueText !== undefined) {
      member.valueText = valueText;
      value = constantValue(valueText, values);
    }
    if (value !== undefined) {
      member.value = value;
      values.set(memberName, value);
    }
    next = typeof value === 'bigint' ? value + 1n : undefined;
    members.push(member);
  }
  return { name, qualifiedName: [...scope, name].join('::'), file, ...positionOf(node), members };
}
