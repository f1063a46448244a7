import { describe, expect, it } from 'vitest';
import { columnSynonyms } from '../../src/infer/headers.js';
import { mayDefine } from '../../src/scan/prescan.js';

const synonyms = columnSynonyms();

describe('mayDefine (which docs the fast path parses)', () => {
  it.each([
    ['a web enum marker', '## A\n\n类型: `enum`\n'],
    ['a marker with emphasis', '**类型**：`enum`\n'],
    ['an ATX 枚举值 heading', '# X\n## 枚举值\n'],
    ['a 枚举值 heading with inline HTML', '### 枚举值 <span id="v"></span>\n'],
    ['a setext 枚举值 heading', '枚举值\n---\n'],
    ['a 枚举值 heading split by inline HTML (found by the fuzzer)', '## 枚<span id="x">举值\n'],
    ['a 枚举值 heading split by emphasis', '## **枚**举值\n'],
    ['a code table', '| 错误码 | 说明 | 处理方法 |\n| --- | --- | --- |\n'],
    ['a code table without outer pipes', '错误码 | 说明\n--- | ---\n'],
    ['a code table header with links and emphasis', '| [**Code**](x) | `Description` |\n| :-: | --- |\n'],
    ['a member table in a list item', '- x\n\n  | 属性 | 值 | 描述 |\n  | --- | --- | --- |\n  | A | 1 | a |\n  | B | 2 | b |\n'],
    ['a member table in a blockquote', '> | Name | Value |\n> | --- | --- |\n> | A | 1 |\n> | B | 2 |\n'],
    ['a table read by its content', '| X | Y | Z |\n| --- | --- | --- |\n| 100 | CONTINUE | Go on |\n| 200 | OK | Done |\n'],
    ['a header over a malformed delimiter row, to be reported', '| Code | 说明 |\n|---- ----|\n'],
    ['a code table of another doc set', '| Error code | Error message | Possible reason | Fix |\n| --- | --- | --- | --- |\n'],
    ['a near miss, to be reported (an unknown column)', '| Error code | Module | Description |\n| --- | --- | --- |\n'],
    ['an HTML code table, to be reported', '<table><tr><th>Code</th><th>说明</th></tr>\n<tr><td>1</td><td>x</td></tr></table>\n'],
  ])('lets through %s', (_label, text) => {
    expect(mayDefine(text, synonyms)).toBe(true);
  });

  it.each([
    ['prose', '# Guide\n\nSome text about 枚举值 and codes.\n'],
    ['a parameter table', '| 参数名 | 类型 | 说明 |\n| --- | --- | --- |\n'],
    ['a changelog table', '| 变更详情 | 错误码 | 说明 |\n| --- | --- | --- |\n'],
    ['a field table', '| Code | String | 错误码 |\n| --- | --- | --- |\n'],
    ['an HTML table of other columns', '<table><tr><th>mp3</th><th>aac</th></tr></table>\n'],
  ])('keeps out %s', (_label, text) => {
    expect(mayDefine(text, synonyms)).toBe(false);
  });

  it('uses the config’s extra header texts', () => {
    const text = '| 回执 | 说明 |\n| --- | --- |\n';
    expect(mayDefine(text, synonyms)).toBe(false);
    expect(mayDefine(text, columnSynonyms({ code: ['回执'] }))).toBe(true);
  });
});
