// Code tables: a table whose every column has a known role, with a code and a
// description column (错误码 | 说明 | 处理方法). Tables with any other column
// (parameters, changelogs such as 变更详情 | 错误码 | 说明) are not definitions.
import type { Heading, Nodes, Paragraph, Table } from 'mdast';
import { createDiagnostic } from '../diagnostics/diagnostic.js';
import type { Definition } from '../model/types.js';
import { optionalRichText, sourceAt } from './cells.js';
import { columnOf } from './columns.js';
import { membersFromTable } from './members.js';
import type { Recognizer } from './recognizer.js';
import { headingName } from './sections.js';
import { readTable, readTableHeader } from './table.js';

export const codeTable: Recognizer = (document, context) => {
  const definitions: Definition[] = [];
  let heading: Heading | undefined;
  const visit = (node: Nodes): void => {
    if (!('children' in node)) return;
    const children = node.children as Nodes[];
    children.forEach((child, index) => {
      if (child.type === 'heading') heading = child;
      if (child.type !== 'table') return visit(child);
      const previous = children[index - 1];
      if (!context.claimed.has(child)) take(child, previous?.type === 'paragraph' ? previous : undefined);
    });
  };
  /** `intro` is the paragraph right above the table, which says what the codes are. */
  const take = (table: Table, intro: Paragraph | undefined): void => {
    const { headers, roles } = readTableHeader(table, context.synonyms);
    const code = columnOf(roles, 'code');
    const description = columnOf(roles, 'description');
    const source = sourceAt(document.path, table);
    if (code === -1 && !roles.includes(undefined) && roles.includes('name') && roles.includes('value')) {
      context.diagnostics.push(
        createDiagnostic(
          'table-unmarked',
          `Table looks like an enum's members (header: ${headers.join(' | ')}) but no 类型: \`enum\` line or 枚举值 heading marks it`,
          document.path,
          source,
        ),
      );
      return;
    }
    if (code === -1 || description === -1 || roles.includes(undefined)) {
      if (code !== -1 || description !== -1) {
        context.diagnostics.push(
          createDiagnostic('table-ignored', `Table is not a code table (header: ${headers.join(' | ')})`, document.path, source),
        );
      }
      return;
    }
    context.claimed.add(table);
    const read = readTable(table, context.synonyms, document.path, context.diagnostics);
    if (read.rows.length === 0) {
      context.diagnostics.push(createDiagnostic('table-empty', 'Code table has no rows', document.path, source));
      return;
    }
    // With a name column (`符号 | 错误码 | 含义`), members are named by it; else the code is the name.
    const name = columnOf(roles, 'name');
    const columns = { name: name === -1 ? code : name, value: code, description, solution: columnOf(roles, 'solution') };
    const definition: Definition = {
      kind: 'codes',
      docId: document.docId,
      source,
      members: membersFromTable(read, columns, document.path, undefined, context.diagnostics),
      recognizer: 'code-table',
    };
    if (heading) definition.name = headingName(heading);
    const introText = intro && optionalRichText(intro.children);
    if (introText) definition.description = introText;
    definitions.push(definition);
  };
  visit(document.mdast);
  return definitions;
};
