// Column roles come from the header text, so column order and language do not
// matter. One synonym table (zh + en); the config can add header texts per role.
import type { ColumnRole } from '../config.js';

export const HEADER_SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = {
  // 姓名 and 价值 are how machine translation renders "name" and "value".
  name: ['属性', '名称', '类型', '符号', '常量', '姓名', 'name', 'member', 'property', 'type', 'symbol', 'constant'],
  value: ['值', '取值', '价值', 'value', 'id'],
  description: ['描述', '说明', '含义', '错误信息', '原因', '可能原因', 'description', 'desc', 'meaning', 'message', 'error message', 'reason', 'possible reason', 'cause'],
  code: ['错误码', '状态码', 'code', 'error code', 'errorcode', 'http code', 'status code'],
  solution: ['处理方法', '解决方案', '处理建议', '解决方法', 'solution', 'fix', 'how to fix', 'suggestion'],
};

/**
 * Headers that mark a table as something other than a definition: changelogs (`变更详情 |
 * 错误码 | 说明`) and parameter lists. A table with one is never a near miss.
 */
const NON_DEFINITION_HEADERS = new Set(
  ['变更详情', '变更前', '变更后', '功能模块', '版本', '版本号', '参数', '参数名', '参数名称', '是否必选', '必填', '默认值', '示例值', 'version', 'parameter', 'required', 'default', 'example'].map((header) =>
    header.toLowerCase(),
  ),
);

/** Whether `header` marks its table as not a definition (see NON_DEFINITION_HEADERS). */
export function marksNonDefinition(header: string): boolean {
  return NON_DEFINITION_HEADERS.has(normalizeHeader(header));
}

/**
 * The header cells that keep a table from being read as a code table when it has a code and
 * a description column: its unknown ones. Empty when it is no near miss (it is read, or lacks
 * those columns, or a column marks it as something else).
 */
export function nearMissHeaders(headers: readonly string[], roles: HeaderRoles): string[] {
  if (!roles.includes('code') || !roles.includes('description') || headers.some(marksNonDefinition)) return [];
  return headers.filter((_, index) => roles[index] === undefined);
}

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

/** Indexes of every column with `role`, in order. */
export function columnsOf(roles: HeaderRoles, role: ColumnRole): number[] {
  return roles.flatMap((candidate, index) => (candidate === role ? [index] : []));
}
