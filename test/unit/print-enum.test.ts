// A large enum is printed in chunks (emit/print.ts): the text must be what ts-morph prints for
// the whole enum at once, comments, string values and the last member included.
import { printStructure, StructureKind } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { ENUM_PRINT_CHUNK, printEnumSource } from '../../src/emit/enum-source.js';

describe('printEnumSource', () => {
  it.each([1, ENUM_PRINT_CHUNK, ENUM_PRINT_CHUNK + 1, 3 * ENUM_PRINT_CHUNK + 7])('prints %i members as ts-morph prints them at once', (count) => {
    const members = Array.from({ length: count }, (_, index) => ({
      name: `Member${index}`,
      value: index % 3 === 0 ? `code-${index}` : index,
      doc: index % 2 === 0 ? { description: `Meaning {of} ${index}\nsecond line`, tags: [] } : undefined,
    }));
    const doc = { description: 'An enum whose text ends with a brace {', tags: [{ tagName: 'see', text: 'https://example.com' }] };
    const whole = printStructure(
      {
        kind: StructureKind.Enum,
        isExported: true,
        name: 'Big',
        docs: [{ description: `${doc.description}\n`, tags: doc.tags }],
        members: members.map((member) => ({
          name: member.name,
          initializer: typeof member.value === 'string' ? JSON.stringify(member.value) : String(member.value),
          docs: member.doc ? [{ description: member.doc.description, tags: [] }] : [],
        })),
      },
      { indentNumberOfSpaces: 2 },
    );
    expect(printEnumSource('Big', doc, members)).toBe(whole);
  });
});
