// Web-SDK enum sections:
//   ## ErrorType <span id="errortype"></span>
//   类型: `enum`
//   错误码                      ← description
//   - **成员**
//     | 属性 | 值 | 描述 |       ← may sit inside a list item
import type { Paragraph, RootContent } from 'mdast';
import { createDiagnostic } from '../diagnostics/diagnostic.js';
import type { Definition } from '../model/types.js';
import { joinParagraphs, plainText, richText, sourceAt } from './cells.js';
import { membersFromTable } from './members.js';
import type { Recognizer } from './recognizer.js';
import { flowContainers, sectionsOf, tablesIn } from './sections.js';
import { readTable } from './table.js';

const TYPE_LINE = /^类型\s*[:：]\s*enum$/;

/** The paragraph ``类型: `enum` ``: the text matches and `enum` is inline code. */
function isEnumTypeLine(node: RootContent): node is Paragraph {
  if (node.type !== 'paragraph') return false;
  const hasCode = node.children.some((child) => child.type === 'inlineCode' && child.value.trim() === 'enum');
  return hasCode && TYPE_LINE.test(plainText(node.children));
}

export const webEnum: Recognizer = (document, context) => {
  const definitions: Definition[] = [];
  for (const section of flowContainers(document.mdast).flatMap(sectionsOf)) {
    const typeIndex = section.ownNodes.findIndex(isEnumTypeLine);
    if (typeIndex === -1) continue;
    const source = sourceAt(document.path, section.heading, section.anchor);
    const descriptionNodes: Paragraph[] = [];
    for (const node of section.ownNodes.slice(typeIndex + 1)) {
      if (node.type !== 'paragraph') break;
      descriptionNodes.push(node);
    }
    const table = tablesIn(section.ownNodes)[0];
    if (!table) {
      context.diagnostics.push(
        createDiagnostic('definition-without-table', `Enum section "${section.name}" has no member table`, document.path, source),
      );
      continue;
    }
    context.claimed.add(table);
    const read = readTable(table, context.synonyms, document, context.diagnostics, { marked: true });
    const { layout } = read.inference;
    const missing = (['name', 'value'] as const).filter((role) => layout[role] === -1);
    if (missing.length > 0) {
      context.diagnostics.push(
        createDiagnostic(
          'table-missing-column',
          `Member table of "${section.name}" has no ${missing.join(' or ')} column (header: ${read.headers.join(' | ')})`,
          document.path,
          sourceAt(document.path, table),
        ),
      );
      continue;
    }
    const definition: Definition = {
      kind: 'enum',
      name: section.name,
      docId: document.docId,
      source,
      members: membersFromTable(read, document.path, section.anchor, context.diagnostics),
      recognizer: 'web-enum',
    };
    const description = joinParagraphs(descriptionNodes.map((paragraph) => richText(paragraph.children)));
    if (description) definition.description = description;
    definitions.push(definition);
  }
  return definitions;
};
