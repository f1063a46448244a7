// TypeScript SDK declarations, read with ts-morph (TypeScript's own parser and checker):
// `enum`, `declare enum`, `const enum` (also inside namespaces), and `as const` objects of
// literal values (`export const ErrorType = { A: 1 } as const`).
import { Node, Project, SyntaxKind, type SourceFile } from 'ts-morph';
import { commentText, type SdkEnum, type SdkMember } from './sdk.js';

export function readTypeScriptSdk(files: readonly { path: string; text: string }[]): SdkEnum[] {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true } });
  const enums: SdkEnum[] = [];
  for (const file of files) {
    const source = project.createSourceFile(`/sdk/${enums.length}-${file.path.replace(/[\\/]/g, '_')}`, file.text);
    enums.push(...enumsOf(source, file.path), ...constObjectsOf(source, file.path));
  }
  return enums;
}

function qualifiedName(node: Node, name: string): string {
  const outer = node.getAncestors().filter(Node.isModuleDeclaration).map((module) => module.getName()).reverse();
  return [...outer, name].join('.');
}

function at(node: Node): { line: number; column: number } {
  const { line, column } = node.getSourceFile().getLineAndColumnAtPos(node.getStart());
  return { line, column };
}

function enumsOf(source: SourceFile, file: string): SdkEnum[] {
  return source.getDescendantsOfKind(SyntaxKind.EnumDeclaration).map((declaration) => {
    const name = declaration.getName();
    const members: SdkMember[] = declaration.getMembers().map((member) => {
      // The checker's constant value: implicit values, references and expressions computed as TypeScript does.
      const value = member.getValue();
      const initializer = member.getInitializer()?.getText();
      const entry: SdkMember = { name: member.getName(), ...at(member) };
      if (typeof value === 'number' && Number.isInteger(value)) entry.value = BigInt(value);
      else if (typeof value === 'string') entry.value = value;
      if (initializer !== undefined) entry.valueText = initializer;
      withDoc(entry, member);
      return entry;
    });
    return { name, qualifiedName: qualifiedName(declaration, name), file, ...at(declaration), members };
  });
}

function constObjectsOf(source: SourceFile, file: string): SdkEnum[] {
  const enums: SdkEnum[] = [];
  for (const variable of source.getDescendantsOfKind(SyntaxKind.VariableDeclaration)) {
    const initializer = variable.getInitializer();
    if (!Node.isAsExpression(initializer) || initializer.getTypeNode()?.getText() !== 'const') continue;
    const object = initializer.getExpression();
    if (!Node.isObjectLiteralExpression(object)) continue;
    const members: SdkMember[] = [];
    for (const property of object.getProperties()) {
      if (!Node.isPropertyAssignment(property)) continue;
      const value = property.getInitializer();
      const entry: SdkMember = { name: property.getName().replace(/^["']|["']$/g, ''), ...at(property) };
      if (value) entry.valueText = value.getText();
      const literal = value && literalOf(value);
      if (literal !== undefined) entry.value = literal;
      withDoc(entry, property);
      members.push(entry);
    }
    const name = variable.getName();
    enums.push({ name, qualifiedName: qualifiedName(variable, name), file, ...at(variable), members });
  }
  return enums;
}

function literalOf(node: Node): bigint | string | undefined {
  if (Node.isNumericLiteral(node)) return Number.isInteger(node.getLiteralValue()) ? BigInt(node.getLiteralValue()) : undefined;
  if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return node.getLiteralValue();
  if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.MinusToken) {
    const operand = literalOf(node.getOperand());
    return typeof operand === 'bigint' ? -operand : undefined;
  }
  return undefined;
}

/** The member's doc comment (the last one before it), when it has one. */
function withDoc(entry: SdkMember, node: Node): void {
  const comment = node.getLeadingCommentRanges().at(-1)?.getText();
  const doc = comment === undefined ? undefined : commentText(comment);
  if (doc !== undefined) entry.doc = doc;
}
