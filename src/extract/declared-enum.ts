// Enums declared in a code block above their member table, under any heading:
//   ## ExceptionType
//   ```java
//   public enum ExceptionType
//   ```
//   ### Values                       ← or the table right in the section
//   | Name | Value | Description |
// The declaration marks the table as the enum's members, as 枚举值 does for native-enum (which
// runs first and takes the tables under 枚举值 headings).
import type { Code, Paragraph } from 'mdast';
import type { Definition } from '../model/types.js';
import { joinParagraphs, richText, sourceAt } from './cells.js';
import { membersFromTable } from './members.js';
import type { Recognizer } from './recognizer.js';
import { flowContainers, sectionsOf, tablesIn } from './sections.js';
import { readTable } from './table.js';

/**
 * A line that starts an enum declaration (`typedef NS_ENUM(` may go on over the next lines),
 * not a parameter of an enum type (`const enum RenderMode mode,`): what the prescan looks for
 * (scan/prescan.ts). Wider than ENUM_DECLARATION, never narrower.
 */
export const ENUM_DECLARATION_START =
  /^\s*(?:(?:public|internal|export|declare|const|typedef|private|protected)\s+)*enum\s+(?:class\s+|struct\s+)?[A-Za-z_$][\w$.:]*\s*(?::[^{]*)?\{?\s*$|\bNS_(?:ENUM|OPTIONS)\s*\(/;

/**
 * A line that declares an enum: `enum Name`, `enum class Name : int {`, `public enum com.x.Name`,
 * `typedef NS_ENUM(NSInteger, Name)` (over several lines, too); the declared name in group 1
 * or 2. A line of its own, not prose that mentions an enum.
 */
export const ENUM_DECLARATION =
  /^\s*(?:(?:public|internal|export|declare|const|typedef|private|protected)\s+)*enum\s+(?:class\s+|struct\s+)?([A-Za-z_$][\w$]*(?:(?:\.|::)[A-Za-z_$][\w$]*)*)\s*(?::[^{]*)?\{?\s*$|^\s*typedef\s+NS_(?:ENUM|OPTIONS)\s*\(\s*\w+\s*,\s*([A-Za-z_$][\w$]*)\s*\)/m;

export const declaredEnum: Recognizer = (document, context) => {
  const definitions: Definition[] = [];
  for (const section of flowContainers(document.mdast).flatMap(sectionsOf)) {
    const code = section.ownNodes.find((node): node is Code => node.type === 'code');
    if (!code) continue;
    const declared = ENUM_DECLARATION.exec(code.value);
    const qualifiedName = declared?.[1] ?? declared?.[2];
    if (!qualifiedName || qualifiedName.split(/\.|::/).at(-1) !== section.name) continue;
    // The first table after the declaration, in the section or its subsections.
    const table = tablesIn(section.nodes.slice(section.nodes.indexOf(code) + 1))[0];
    if (!table || context.claimed.has(table)) continue;
    const read = readTable(table, context.synonyms, document, context.diagnostics, { marked: true });
    if (read.inference.layout.name === -1) continue;
    context.claimed.add(table);
    const definition: Definition = {
      kind: 'enum',
      name: section.name,
      docId: document.docId,
      source: sourceAt(document.path, section.heading, section.anchor),
      members: membersFromTable(read, document.path, section.anchor, context.diagnostics),
      recognizer: 'declared-enum',
    };
    if (qualifiedName !== section.name) definition.qualifiedName = qualifiedName.replace(/::/g, '.');
    const description = joinParagraphs(section.ownNodes.filter((node): node is Paragraph => node.type === 'paragraph').map((paragraph) => richText(paragraph.children)));
    if (description) definition.description = description;
    definitions.push(definition);
  }
  return definitions;
};
