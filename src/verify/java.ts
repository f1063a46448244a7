// Java SDK sources, read with tree-sitter's Java grammar (tree-sitter.ts): `enum X { A(0),
// B(1); … }`, whose members' values are their constructor's first argument (a member without
// arguments has none to compare), and groups of constants: a class or interface whose
// `static final` fields of integer or String type are constants (`public static final int
// ERR_BUSY = 1001;`) is read as an enum of those fields, private ones left out. Nested types
// are named `Outer.Inner`.
import { constantValue, type SdkEnum, type SdkMember } from './sdk.js';
import { docComments, parserFor, positionOf, sdkMemberAt, type TreeNode } from './tree-sitter.js';

export async function readJavaSdk(files: readonly { path: string; text: string }[]): Promise<SdkEnum[]> {
  if (files.length === 0) return [];
  const parser = await parserFor('java');
  const enums: SdkEnum[] = [];
  for (const file of files) {
    const tree = parser.parse(file.text);
    if (tree) collect(tree.rootNode, [], file.path, enums);
  }
  return enums;
}

const TYPES = new Set(['enum_declaration', 'class_declaration', 'interface_declaration']);

function collect(node: TreeNode, scope: readonly string[], file: string, enums: SdkEnum[]): void {
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (!TYPES.has(child.type)) {
      collect(child, scope, file, enums);
      continue;
    }
    const name = child.childForFieldName('name')?.text ?? '';
    const body = child.childForFieldName('body');
    const found = body && (child.type === 'enum_declaration' ? enumOf(body) : constantsOf(body));
    if (found && found.length > 0) enums.push({ name, qualifiedName: [...scope, name].join('.'), file, ...positionOf(child), members: found });
    if (body) collect(body, [...scope, name], file, enums);
  }
}

function enumOf(body: TreeNode): SdkMember[] {
  const docs = docComments(body.children, (node) => node.type === 'enum_constant');
  const known = new Map<string, bigint | string>();
  const members: SdkMember[] = [];
  for (const constant of body.namedChildren) {
    if (constant?.type !== 'enum_constant') continue;
    const member = sdkMemberAt(constant, constant.childForFieldName('name')?.text ?? '', docs);
    const first = constant.childForFieldName('arguments')?.namedChildren[0];
    if (first) {
      member.valueText = first.text;
      const value = constantValue(first.text, known);
      if (value !== undefined) {
        member.value = value;
        known.set(member.name, value);
      }
    }
    members.push(member);
  }
  return members;
}

/** `static final` fields (not private) of integer or String type with a constant value, in order. */
function constantsOf(body: TreeNode): SdkMember[] {
  const docs = docComments(body.children, (node) => node.type === 'field_declaration' || node.type === 'constant_declaration');
  const known = new Map<string, bigint | string>();
  const members: SdkMember[] = [];
  for (const field of body.namedChildren) {
    if (field?.type !== 'field_declaration' && field?.type !== 'constant_declaration') continue;
    const modifiers = field.namedChildren.find((child) => child?.type === 'modifiers')?.text ?? '';
    // An interface's fields are static and final without saying so.
    // Private constants are no part of the SDK an app sees.
    const constant = field.type === 'constant_declaration' || (/\bstatic\b/.test(modifiers) && /\bfinal\b/.test(modifiers) && !/\bprivate\b/.test(modifiers));
    if (!constant || !/^(?:int|long|short|byte|String)$/.test(field.childForFieldName('type')?.text ?? '')) continue;
    for (const declarator of field.namedChildren) {
      if (declarator?.type !== 'variable_declarator') continue;
      const valueNode = declarator.childForFieldName('value');
      if (!valueNode) continue;
      const member = sdkMemberAt(field, declarator.childForFieldName('name')?.text ?? '', docs);
      member.valueText = valueNode.text;
      const value = valueNode.type === 'string_literal' ? stringOf(valueNode.text) : constantValue(valueNode.text, known);
      if (value !== undefined) {
        member.value = value;
        known.set(member.name, value);
      }
      members.push(member);
    }
  }
  return members;
}

/** A plain string literal's text (`"busy"` → `busy`); undefined for one with escapes. */
function stringOf(literal: string): string | undefined {
  const inner = literal.slice(1, -1);
  return inner.includes('\\') ? undefined : inner;
}
