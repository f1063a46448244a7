// Column roles come from the header text, so column order and language do not
// matter. One synonym table (zh + en); the config can add header texts per role.
import type { ColumnRole } from '../config.js';

export const HEADER_SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = {
  name: ['属性', '名称', '类型', '符号', '常量', 'name', 'member', 'property', 'type', 'symbol', 'constant'],
  value: ['值', '取值', 'value', 'id'],
  description: ['描述', '说明', '含义', '错误信息', 'description', 'desc', 'meaning', 'message'],
  code: ['错误码', '状态码', 'code', 'error code', 'errorcode'],
  solution: ['处理方法', '解决方案', '处理建议', '解决方法', 'solution', 'fix', 'how to fix', 'suggestion'],
};

/** Header text as compared: trimmed, lower-case, `*`/`_` emphasis and inner spaces folded. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[*_`]/g, '')
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
    .toLowerCase();
}

export type HeaderRoles = (ColumnRole | undefined)[];

export type ColumnSynonyms = ReadonlyMap<string, ColumnRole>;

/** The lookup table: built-in synonyms plus the config's, later entries winning. */
export function columnSynonyms(extra: Partial<Record<ColumnRole, readonly string[]>> = {}): ColumnSynonyms {
  const table = new Map<string, ColumnRole>();
  for (const source of [HEADER_SYNONYMS, extra]) {
    for (const [role, headers] of Object.entries(source) as [ColumnRole, readonly string[]][]) {
      for (const header of headers) table.set(normalizeHeader(header), role);
    }
  }
  return table;
}

/** The role of each header cell; undefined where the header is unknown. */
export function headerRoles(headers: readonly string[], synonyms: ColumnSynonyms): HeaderRoles {
  return headers.map((header) => synonyms.get(normalizeHeader(header)));
}

/** Index of the first column with `role`, or -1. */
export function columnOf(roles: HeaderRoles, role: ColumnRole): number {
  return roles.indexOf(role);
}
