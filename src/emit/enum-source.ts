// An enum's TypeScript as ts-morph prints it (the client's choice of printer for enums), in
// chunks for large enums: its writer's time grows with the square of the text it holds.
import { printStructure, StructureKind, type JSDocStructure, type OptionalKind } from 'ts-morph';
import type { EnumDeclaration } from './declaration.js';
import { enumMemberKey, literal } from './names.js';
import type { DocComment } from './tsdoc.js';

/** Members ts-morph prints at once: its writer's time grows with the square of the text it holds. */
export const ENUM_PRINT_CHUNK = 256;

/**
 * The enum's TypeScript as ts-morph prints it. A large enum is printed in chunks of members,
 * each chunk's body lines joined with the comma ts-morph puts between members: the same text
 * (test/unit/print-enum.test.ts), in time linear in the members (50,000 members: minutes
 * printed at once).
 */
export function printEnumSource(name: string, doc: DocComment | undefined, members: EnumDeclaration['members']): string {
  const print = (chunk: EnumDeclaration['members']): string =>
    printStructure(
      {
        kind: StructureKind.Enum,
        isExported: true,
        name,
        docs: docsOf(doc),
        // An initializer, not a value: ts-morph would quote a string value its own way.
        members: chunk.map((member) => ({ name: enumMemberKey(member.name), initializer: literal(member.value), docs: docsOf(member.doc) })),
      },
      { indentNumberOfSpaces: 2 },
    );
  if (members.length <= ENUM_PRINT_CHUNK) return print(members);
  const opening = `export enum ${name} {\n`;
  const bodies: string[] = [];
  let whole = '';
  for (let start = 0; start < members.length; start += ENUM_PRINT_CHUNK) {
    whole = print(members.slice(start, start + ENUM_PRINT_CHUNK));
    bodies.push(whole.slice(whole.indexOf(opening) + opening.length, whole.lastIndexOf('\n}')));
  }
  return `${whole.slice(0, whole.indexOf(opening) + opening.length)}${bodies.join(',\n')}${whole.slice(whole.lastIndexOf('\n}'))}`;
}

/** ts-morph prints a blank line between description and tags only when the description ends with one. */
function docsOf(doc: DocComment | undefined): OptionalKind<JSDocStructure>[] {
  if (!doc) return [];
  return [{ description: doc.description && doc.tags.length > 0 ? `${doc.description}\n` : doc.description, tags: doc.tags }];
}
