// HTML tables (`<table><tr><th>Code</th><th>说明</th></tr>…`): doc-codegen reads Markdown
// tables only, so one whose first row reads like a code table is reported (table-html)
// instead of vanishing. Only the first row's cell texts are needed for that.
import { headerRole, type ColumnSynonyms } from '../infer/headers.js';

const FIRST_ROW = /<tr\b[^>]*>([\s\S]*?)(?:<\/tr>|<tr\b|$)/i;
const CELL = /<t[hd]\b[^>]*>([\s\S]*?)(?=<\/t[hd]>|<t[hd]\b|$)/gi;

/** The texts of the first row of the first HTML table in `html`, or undefined when there is none. */
export function htmlTableHeader(html: string): string[] | undefined {
  const table = html.search(/<table\b/i);
  if (table === -1) return undefined;
  const row = FIRST_ROW.exec(html.slice(table))?.[1];
  if (row === undefined) return undefined;
  return [...row.matchAll(CELL)].map((match) => (match[1] ?? '').replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim());
}

/** Whether `html` holds a table whose first row has a code and a description column. */
export function isHtmlCodeTable(html: string, synonyms: ColumnSynonyms): boolean {
  const header = htmlTableHeader(html);
  if (!header) return false;
  const roles = header.map((text) => headerRole(text, synonyms)?.role);
  return roles.includes('code') && roles.includes('description');
}
