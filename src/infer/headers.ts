// What a column's header says its role is. One synonym table (zh, en, ja, ko), extended by the
// config's `columns`; headers are compared after folding case, emphasis, spacing, camel case
// (`ErrCode`), plurals (`Meanings`), prefixes (`HTTP状态码`, `Http code`) and trailing
// parentheses (`错误码（Code）`). The header is one witness: the cells are the other
// (infer/table.ts), and they win where the two disagree.
import type { ColumnRole } from '../config.js';

/** Roles a header word can give. */
export type HeaderRole = Exclude<ColumnRole, 'attribute'>;

export const HEADER_SYNONYMS: Readonly<Record<HeaderRole, readonly string[]>> = {
  // 姓名 and 价值 are how machine translation renders "name" and "value".
  name: ['属性', '名称', '类型', '符号', '常量', '姓名', '枚举', '成员', 'name', 'member', 'property', 'type', 'symbol', 'constant', 'enum', '名前', '이름'],
  value: ['值', '取值', '价值', '枚举值', '数值', 'value', 'id', '値', '값'],
  description: [
    '描述', '说明', '含义', '错误信息', '原因', '可能原因', '错误说明', '错误描述',
    'description', 'desc', 'meaning', 'message', 'error message', 'reason', 'possible reason', 'cause', 'explanation', 'details',
    '説明', '意味', '内容', '설명', '의미', '원인', '메시지',
  ],
  code: ['错误码', '状态码', '返回码', '结果码', 'code', 'error code', 'errorcode', 'status code', 'result code', 'return code', 'エラーコード', 'コード', '코드', '오류 코드', '에러 코드'],
  solution: ['处理方法', '解决方案', '处理建议', '解决方法', '建议方案', '建议', 'solution', 'fix', 'how to fix', 'what to do', 'resolution', 'remedy', 'workaround', 'troubleshooting', 'suggestion', 'action', '対処法', '対処方法', '해결 방법', '조치'],
};

/**
 * Headers that mark a table as something other than a definition: changelogs (`变更详情 |
 * 错误码 | 说明`) and parameter lists.
 */
const NON_DEFINITION_HEADERS = new Set(
  ['变更详情', '变更前', '变更后', '功能模块', '版本', '版本号', '参数', '参数名', '参数名称', '是否必选', '必填', '是否必填', '默认值', '示例值', 'version', 'parameter', 'parameters', 'required', 'default', 'example'].map(
    (header) => header.toLowerCase(),
  ),
);

/** Words that mark a table as a changelog or a parameter list wherever they stand in a header (`3.54 及之前版本`, `Parameter name`). */
const NON_DEFINITION_WORDS = /版本|变更|参数|必选|必填|默认值|示例|\b(?:version|versions|since|parameter|parameters|param|params|required|default|example|changes?)\b/i;

/** Whether `header` marks its table as not a definition (see NON_DEFINITION_HEADERS). */
export function marksNonDefinition(header: string): boolean {
  const text = normalizeHeader(header);
  return NON_DEFINITION_HEADERS.has(text) || NON_DEFINITION_WORDS.test(text);
}

/** Header text as compared: trimmed, lower-case, `*`/`_`/`` ` `` emphasis and inner spaces folded. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[*_`]/g, '')
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Header texts and their roles: the built-in synonyms, and the config's `columns`, which decide over the cells. */
export interface ColumnSynonyms {
  readonly builtIn: ReadonlyMap<string, ColumnRole>;
  readonly config: ReadonlyMap<string, ColumnRole>;
  /** Built-in CJK words longest first, for the suffix match (`HTTP状态码` ends in 状态码). */
  readonly cjkWords: readonly (readonly [string, ColumnRole])[];
  /** Headers already matched: docs repeat the same few headers thousands of times. */
  readonly matched: Map<string, HeaderMatch | undefined>;
}

/** The tables made for each config's `columns` (by object): an editor's checks, one a keystroke, build them once. */
const madeFor = new WeakMap<object, ColumnSynonyms>();
const NO_COLUMNS = {};

/** The lookup tables: built-in synonyms, and the config's header texts per role. */
export function columnSynonyms(extra: Partial<Record<ColumnRole, readonly string[]>> = NO_COLUMNS): ColumnSynonyms {
  const known = madeFor.get(extra);
  if (known) return known;
  const made = makeColumnSynonyms(extra);
  madeFor.set(extra, made);
  return made;
}

function makeColumnSynonyms(extra: Partial<Record<ColumnRole, readonly string[]>>): ColumnSynonyms {
  const table = (source: Partial<Record<ColumnRole, readonly string[]>>): Map<string, ColumnRole> => {
    const entries = new Map<string, ColumnRole>();
    for (const [role, headers] of Object.entries(source) as [ColumnRole, readonly string[]][]) {
      for (const header of headers) entries.set(normalizeHeader(header), role);
    }
    return entries;
  };
  const builtIn = table(HEADER_SYNONYMS);
  const cjkWords = [...builtIn].filter(([text]) => text.length >= 2 && /^[^\x00-\x7f]+$/.test(text)).sort((a, b) => b[0].length - a[0].length);
  return { builtIn, config: table(extra), cjkWords, matched: new Map() };
}

/** Abbreviations of header words, spelled out. */
const ABBREVIATIONS: Readonly<Record<string, string>> = { err: 'error', msg: 'message', desc: 'description', errcode: 'error code', statuscode: 'status code' };
/** Words before the word that says the role: `HTTP 状态码`, `Http code`, `API error code`. */
const PREFIX = /^(?:http|https|api|sdk|rpc|业务|接口|服务)\s*/;

/** How a header was matched: as written, after folding (say which, for the verbose report), or by the config. */
export interface HeaderMatch {
  role: ColumnRole;
  /** The text that matched, when it is not the header as written. */
  via?: string;
  /** The config's `columns` gave the role: it decides over the cells. */
  config?: true;
}

/** The role the header gives, or undefined when no form of it is known. */
export function headerRole(header: string, synonyms: ColumnSynonyms): HeaderMatch | undefined {
  if (synonyms.matched.has(header)) return synonyms.matched.get(header);
  const match = matchHeader(header, synonyms);
  synonyms.matched.set(header, match);
  return match;
}

function matchHeader(header: string, synonyms: ColumnSynonyms): HeaderMatch | undefined {
  const written = normalizeHeader(header);
  const configured = synonyms.config.get(written);
  if (configured) return { role: configured, config: true };
  const table = synonyms.builtIn;
  const exact = table.get(written);
  if (exact) return { role: exact };
  const forms = headerForms(header);
  for (const candidate of forms) {
    const role = table.get(candidate);
    if (role) return { role, via: candidate };
  }
  // The last word that says a role: `Meaning in MQTT`, `Reason Code`, `결과 코드`.
  const words = forms[0]?.split(' ') ?? [];
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index] ?? '';
    const role = table.get(word) ?? table.get(singular(word));
    if (role && word.length > 1) return { role, via: word };
  }
  // A CJK header ending in a known word of two characters or more: `HTTP状态码`, `字段含义`, `错误码名称`.
  const joined = (forms[1] ?? forms[0] ?? '').replace(/ /g, '');
  const suffix = synonyms.cjkWords.find(([text]) => joined.endsWith(text));
  return suffix && { role: suffix[1], via: suffix[0] };
}

/** Folded forms of a header, most literal first. */
function headerForms(header: string): string[] {
  const spaced = header
    .replace(/[*_`]/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[（(][^）)]*[）)]\s*$/, '');
  const words = normalizeHeader(spaced)
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
  const unprefixed = words.replace(PREFIX, '');
  const forms = [words, unprefixed, singularPhrase(words), singularPhrase(unprefixed)];
  return [...new Set(forms.filter((form) => form !== ''))];
}

function singularPhrase(phrase: string): string {
  const words = phrase.split(' ');
  return [...words.slice(0, -1), singular(words.at(-1) ?? '')].join(' ');
}

/** `meanings` → `meaning`, `statuses` → `status`, `codes` → `code`; `status` stays. */
function singular(word: string): string {
  if (/(?:ss|us|is)$/.test(word) || !/^[a-z]+s$/.test(word)) return word;
  if (/(?:ses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** A section number before a heading's words: `12.4 `, `3. `, `2） `, `(1) `; left out of the names headings give. */
export const SECTION_NUMBER = /^(?:\d+(?:\.\d+)*\.?|\d+[)）]|[(（]\d+[)）])\s+(?=\S)/;
