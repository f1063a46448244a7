// Code tables: a table whose every column has a known role, with a code and a
// description column (错误码 | 说明 | 处理方法; Error code | Error message | Possible reason | Fix). Tables with any other column
// (parameters, changelogs such as 变更详情 | 错误码 | 说明) are not definitions.
import type { Heading, Nodes, Paragraph, Table } from 'mdast';
import { createDiagnostic } from '../diagnostics/diagnostic.js';
import type { RuleId } from '../diagnostics/rules.js';
import type { Definition } from '../model/types.js';
import { optionalRichText, plainText, sourceAt } from './cells.js';
import { columnOf, columnsOf, nearMissHeaders, type HeaderRoles } from './columns.js';
import { membersFromTable, type MemberColumns } from './members.js';
import type { Recognizer } from './recognizer.js';
import { htmlTableHeader, isHtmlCodeTable } from './html-table.js';
import { headingName } from './sections.js';
import { readTable, readTableHeader, type TableRead } from './table.js';

/** An upper-case identifier, as error-code tables name their codes: `ERR_NULL`, `EM_NO_ERROR`. */
const CODE_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]{2,}[A-Z0-9]*$/;

/**
 * Which column names, values and describes the members of a code table:
 * - a name column names them (`符号 | 错误码 | 含义`);
 * - else a text column whose every cell is an upper-case identifier does
 *   (`错误码 | 错误信息 | 描述`: `-1 | ERR_NULL | 空指针`), and the other text columns describe;
 * - else the code itself is the name.
 * The value is a value column's when there is one (`Code | Id | Description`: `OK = 0`), else the code's.
 */
function codeTableColumns(read: TableRead): MemberColumns {
  const code = columnOf(read.roles, 'code');
  const value = columnOf(read.roles, 'value');
  let descriptions = columnsOf(read.roles, 'description');
  let name = columnOf(read.roles, 'name');
  if (name === -1) {
    const named = descriptions.find((column) => read.rows.length > 0 && read.rows.every((cells) => CODE_NAME.test(plainText(cells[column]?.children ?? []))));
    if (named !== undefined && (descriptions.length > 1 || value !== -1)) {
      name = named;
      descriptions = descriptions.filter((column) => column !== named);
    }
  }
  if (name === -1) name = code;
  return { name, value: value === -1 ? code : value, descriptions, solution: columnOf(read.roles, 'solution') };
}

/**
 * Why a table is not read as a code table: an enum's members with no mark, a header with a
 * near-miss column, or columns of no code table (said only when it has a code or description
 * column). Undefined: it is one.
 */
function whyNotACodeTable(headers: readonly string[], roles: HeaderRoles): { rule: RuleId; reason: string } | 'silently' | undefined {
  const code = columnOf(roles, 'code');
  const description = columnOf(roles, 'description');
  if (code === -1 && !roles.includes(undefined) && roles.includes('name') && roles.includes('value')) {
    return { rule: 'table-unmarked', reason: `Table looks like an enum's members (header: ${headers.join(' | ')}) but no 类型: \`enum\` line or 枚举值 heading marks it` };
  }
  const unknown = nearMissHeaders(headers, roles);
  if (unknown.length > 0) {
    const entry = `"columns": { "description": [${unknown.map((header) => JSON.stringify(header)).join(', ')}] }`;
    const names = unknown.map((header) => `"${header}"`).join(', ');
    return {
      rule: 'table-near-miss',
      reason: `Table reads like a code table, but ${names} is no column doc-codegen knows (header: ${headers.join(' | ')}); to read it, give it a role in the config, e.g. ${entry}`,
    };
  }
  if (code !== -1 && description !== -1 && !roles.includes(undefined)) return undefined;
  return code !== -1 || description !== -1 ? { rule: 'table-ignored', reason: `Table is not a code table (header: ${headers.join(' | ')})` } : 'silently';
}

export const codeTable: Recognizer = (document, context) => {
  const definitions: Definition[] = [];
  let heading: Heading | undefined;
  const visit = (node: Nodes): void => {
    if (!('children' in node)) return;
    const children = node.children as Nodes[];
    children.forEach((child, index) => {
      if (child.type === 'heading') heading = child;
      if (child.type === 'html' && isHtmlCodeTable(child.value, context.synonyms)) {
        context.diagnostics.push(
          createDiagnostic('table-html', `HTML table reads like a code table (header: ${htmlTableHeader(child.value)?.join(' | ')}), but only Markdown tables are read`, document.path, sourceAt(document.path, child)),
        );
      }
      if (child.type !== 'table') return visit(child);
      const previous = children[index - 1];
      if (!context.claimed.has(child)) take(child, previous?.type === 'paragraph' ? previous : undefined);
    });
  };
  /** `intro` is the paragraph right above the table, which says what the codes are. */
  const take = (table: Table, intro: Paragraph | undefined): void => {
    const { headers, roles } = readTableHeader(table, context.synonyms);
    const source = sourceAt(document.path, table);
    const skipped = whyNotACodeTable(headers, roles);
    if (skipped) {
      if (skipped !== 'silently') context.diagnostics.push(createDiagnostic(skipped.rule, skipped.reason, document.path, source));
      return;
    }
    context.claimed.add(table);
    const read = readTable(table, context.synonyms, document.path, context.diagnostics);
    if (read.rows.length === 0) {
      context.diagnostics.push(createDiagnostic('table-empty', 'Code table has no rows', document.path, source));
      return;
    }
    const columns = codeTableColumns(read);
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
