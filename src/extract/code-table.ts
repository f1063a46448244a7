// Tables outside enum sections, read by what they hold (infer/table.ts): error-code tables
// (错误码 | 说明 | 处理方法; Status Code | Status Type | Meanings; 결과 | 결과 코드 | 설명) and
// enum tables without a marker (枚举 | 含义). A table that could be a definition and is not
// read is never dropped silently: a warning says why and which config reads it; clear
// non-definitions (parameters, fields, changelogs, quantities) are info.
import type { Heading, Nodes, Paragraph, Table } from 'mdast';
import { createDiagnostic } from '../diagnostics/diagnostic.js';
import type { Definition, Document } from '../model/types.js';
import { optionalRichText, sourceAt } from './cells.js';
import { membersFromTable } from './members.js';
import type { ExtractContext, Recognizer } from './recognizer.js';
import { htmlTableHeader, isHtmlCodeTable } from './html-table.js';
import { definitionName } from './sections.js';
import { inferTableNode, readTable } from './table.js';
import { reportMalformedTable } from './malformed-table.js';

/** Where a table stands: the heading above it, the paragraph right above it (which says what the codes are), and whether it comes first under the heading. */
interface TablePlace {
  heading: Heading | undefined;
  intro: Paragraph | undefined;
  first: boolean;
}

export const codeTable: Recognizer = (document, context) => {
  const definitions: Definition[] = [];
  const lines = document.text.split('\n');
  let heading: Heading | undefined;
  /** Blocks other than paragraphs and HTML since the last heading: a table with none before it comes first. */
  let blocks = 0;
  const visit = (node: Nodes): void => {
    if (!('children' in node)) return;
    const children = node.children as Nodes[];
    children.forEach((child, index) => {
      if (child.type === 'heading') {
        heading = child;
        blocks = 0;
        return;
      }
      if (child.type === 'html' && isHtmlCodeTable(child.value, context.synonyms)) {
        context.diagnostics.push(
          createDiagnostic('table-html', `HTML table reads like a code table (header: ${htmlTableHeader(child.value)?.join(' | ')}), but only Markdown tables are read`, document.path, sourceAt(document.path, child)),
        );
      }
      if (child.type === 'paragraph') return reportMalformedTable(child, lines, context.synonyms, document.path, context.diagnostics);
      if (child.type === 'html') return;
      blocks++;
      if (child.type !== 'table') return visit(child);
      const previous = children[index - 1];
      if (context.claimed.has(child)) return;
      const definition = readCodeTable(document, context, child, { heading, intro: previous?.type === 'paragraph' ? previous : undefined, first: blocks === 1 });
      if (definition) definitions.push(definition);
    });
  };
  visit(document.mdast);
  return definitions;
};

/** The table as a definition when its content makes it one; else what is reported of it. */
function readCodeTable(document: Document, context: ExtractContext, table: Table, place: TablePlace): Definition | undefined {
  const inference = inferTableNode(table, context.synonyms, { heading: place.heading && definitionName(place.heading), first: place.first });
  const source = sourceAt(document.path, table);
  const { verdict } = inference;
  if (!verdict.read) {
    if (verdict.level !== 'silent') context.diagnostics.push(createDiagnostic(verdict.rule, verdict.reason, document.path, source));
    return undefined;
  }
  context.claimed.add(table);
  const read = readTable(table, context.synonyms, document, context.diagnostics, {}, inference);
  if (read.rows.length === 0) {
    context.diagnostics.push(createDiagnostic('table-empty', 'Code table has no rows', document.path, source));
    return undefined;
  }
  const { layout, columns } = inference;
  // Said when the cells gave a role its header words would not have: how the table was read.
  if (columns.some((column) => column.byCells)) {
    const roles = columns.map((column) => `${column.header} → ${column.role} (${column.reason})`).join('; ');
    context.diagnostics.push(createDiagnostic('table-read', `Table read by its content as ${verdict.kind === 'codes' ? 'a code table' : 'an enum'}: ${roles}`, document.path, source));
  }
  const definition: Definition = {
    kind: verdict.kind,
    docId: document.docId,
    source,
    members: membersFromTable(read, document.path, undefined, context.diagnostics),
    recognizer: 'code-table',
    columns: columns.map(({ header, role, reason }) => ({ header, role, reason })),
  };
  // A table with no heading above it is named by the doc's title, when its front matter has one.
  const name = place.heading ? definitionName(place.heading) : document.frontMatter?.title;
  if (name !== undefined) definition.name = name;
  const introText = place.intro && optionalRichText(place.intro.children);
  if (introText) definition.description = introText;
  if (layout.value === -1 && !layout.valueInName && verdict.kind === 'enum') {
    context.diagnostics.push(
      createDiagnostic('values-from-names', `Table has no value column: each member of "${name ?? document.docId}" takes its name as its string value (column "${read.headers[layout.name] ?? ''}")`, document.path, source),
    );
  }
  return definition;
}
