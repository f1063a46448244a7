import { describe, expect, it } from 'vitest';
import { columnSynonyms } from '../../src/infer/headers.js';
import { sliceForDefinitions } from '../../src/scan/slice.js';
import { sourceFile } from '../../src/discover/files.js';
import { readDoc } from '../../src/parse/read.js';

const synonyms = columnSynonyms();
const FRONT = '---\nis_dir: False\nstatus: 1\nkeywords: x\n---\n';
const FILLER = '\nSome prose.\n\n| 参数 | 说明 |\n| --- | --- |\n| a | b |\n\n```js\nconst x = 1;\n\n# not a heading\n```\n';

/** The doc read through the fast path (sliced) and parsed whole give the same result, reports above info included. */
function expectSameAsWhole(text: string): void {
  const file = sourceFile('docs/100.md', new TextEncoder().encode(text));
  const fast = readDoc(file, synonyms, [1], true);
  const whole = readDoc(file, synonyms, [1], false);
  const notInfo = (read: typeof fast) => read.diagnostics.filter((diagnostic) => diagnostic.fatal !== undefined).map(String);
  expect(JSON.stringify(fast.doc?.definitions)).toBe(JSON.stringify(whole.doc?.definitions));
  expect(new Set(fast.doc?.anchors)).toEqual(new Set(whole.doc?.anchors));
  expect(notInfo(fast)).toEqual(notInfo(whole));
}

function keptLines(text: string): number[] {
  const sliced = sliceForDefinitions(text, synonyms);
  if (!sliced) return [];
  return sliced.kept.split('\n').flatMap((line, index) => (line === '' ? [] : [index + 1]));
}

const webEnum = (name: string) => `## ${name}\n\n类型: \`enum\`\n\n描述\n\n| 属性 | 值 | 描述 |\n| --- | --- | --- |\n| A | 1 | a |\n`;
const nativeEnum = (name: string, table = '| 类型 | 值 | 说明 |\n| --- | --- | --- |\n| kA | 0 | a |\n') =>
  `<span id="${name}"></span>\n# ${name}\n\`\`\`cpp\nenum ${name}\n\`\`\`\n\n说明\n\n## 枚举值\n\n${table}`;

describe('sliceForDefinitions (parse only around definitions)', () => {
  it('keeps the front matter, each definition with its heading, and the heading after it', () => {
    const text = `${FRONT}${FILLER}\n# Other\n${FILLER}\n${webEnum('ErrorType')}\n# After\n${FILLER}`;
    const kept = keptLines(text);
    const lines = text.split('\n');
    expect(kept.slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(kept.map((line) => lines[line - 1])).toContain('## ErrorType');
    expect(kept.map((line) => lines[line - 1])).toContain('# After');
    // The filler under # Other is not read; only the part just before the enum's heading is.
    expect(kept).not.toContain(lines.indexOf('const x = 1;') + 1);
    expect(kept.length).toBeLessThan(lines.length / 2);
    expectSameAsWhole(text);
  });

  it('keeps a table that belongs to the section after an enum out of the enum (found by fuzzing)', () => {
    // The 枚举值 table below is broken (no header), so the enum has none; the Java table after
    // the next heading must not become its table (it is Connect's, which its code block declares).
    const text = `${FRONT}${FILLER}\n${nativeEnum('Blocked', '| --- | --- |\n| **A(0)** | a |\n')}\n# Connect\n\`\`\`java\nenum Connect\n\`\`\`\n\n${FILLER}\n| 类型 | 说明 |\n| --- | --- |\n| **B(2)** | b |\n\n${nativeEnum('Conversation')}`;
    expect(sliceForDefinitions(text, synonyms)).toBeDefined();
    expectSameAsWhole(text);
  });

  it('keeps the enum of an 枚举值 heading that inline HTML splits (found by fuzzing)', () => {
    const text = `${FRONT}# Profile\n\`\`\`cpp\nenum Profile\n\`\`\`\n\n${FILLER}\n## 枚<span id="x">举值\n| 类型 | 值 | 说明 |\n| --- | --- | --- |\n| kLC | 0 | LC |\n\n${nativeEnum('Mode')}`;
    expectSameAsWhole(text);
  });

  it('keeps the anchor of an HTML block before a heading', () => {
    const text = `${FRONT}${FILLER}\n<div id="error-type"></div>\n\n${webEnum('ErrorType')}\n# After\n`;
    expect(sliceForDefinitions(text, synonyms)).toBeDefined();
    expectSameAsWhole(text);
  });

  it('keeps every part that may define a link reference', () => {
    const text = `${FRONT}${FILLER}\n[guide]: https://example.com/guide\n${FILLER}\n## ErrorType\n\n类型: \`enum\`\n\n见 [指南][guide]\n\n| 属性 | 值 | 描述 |\n| --- | --- | --- |\n| A | 1 | [guide] |\n`;
    expect(keptLines(text)).toContain(text.split('\n').indexOf('[guide]: https://example.com/guide') + 1);
    expectSameAsWhole(text);
  });

  it('follows fences in list items and HTML comments across blank lines', () => {
    const text = `${FRONT}- item\n\n  \`\`\`ts\n  x\n\n# in code\n  \`\`\`\n\n<!-- a comment\n\n# in a comment\n-->\n\n${webEnum('ErrorType')}`;
    expectSameAsWhole(text);
  });

  it.each([
    ['a fence in a list item closed at another indent', `${FRONT}- a\n\n  \`\`\`\n  x\n\`\`\`\n\n${webEnum('X')}`],
    ['a fence after an HTML block line', `${FRONT}<div>\n\`\`\`\n\n${webEnum('X')}\n\`\`\`\n`],
    ['a fence after a quote marker', `${FRONT}> \`\`\`\n> x\n\n${webEnum('X')}`],
    ['indentation by tabs', `${FRONT}-\tx\n\n\t\`\`\`\n\n${webEnum('X')}`],
    // remark then reads no list or quote anywhere in the doc (frontmatter-unclosed).
    ['front matter without its end', `---\nstatus: 1\n\n${webEnum('X')}\n- **成员**\n\n  ${webEnum('Y')}`],
  ])('parses the whole doc when the line scan cannot be sure: %s', (_label, text) => {
    expect(sliceForDefinitions(text, synonyms)).toBeUndefined();
    expectSameAsWhole(text);
  });

  it('slices a doc whose tabs are all in code fenced at column 0', () => {
    const text = `${FRONT}${FILLER}\n\`\`\`json\n{\n\t"AppId": "x"\n}\n\`\`\`\n\n${webEnum('X')}`;
    const sliced = sliceForDefinitions(text, synonyms);
    expect(sliced?.pieces).toBeDefined();
    expect(sliced?.kept).not.toContain('AppId');
    expectSameAsWhole(text);
  });

  it('parses a doc that starts with a byte order mark at once: remark drops the mark, which moves every offset after it', () => {
    const text = `\ufeff${FRONT}${FILLER}\n${webEnum('X')}`;
    expect(sliceForDefinitions(text, synonyms)?.pieces).toBeUndefined();
    expectSameAsWhole(text);
  });

  it('keeps the whole doc, with the fence and what follows it in one piece, when a fence never closes', () => {
    const text = `${FRONT}${FILLER}\`\`\`\n\n${webEnum('X')}`;
    const sliced = sliceForDefinitions(text, synonyms);
    expect(sliced?.kept).toBe(text);
    // The heading after the fence is code: it starts no piece of its own.
    expect(sliced?.pieces?.some((piece) => piece.text.includes('```\n\n## X'))).toBe(true);
    expectSameAsWhole(text);
  });

  it('reads a doubled opening `---` as an empty front matter, on every path (found by fuzzing, FUZZ_SEED=1142201544)', () => {
    const text = `---\n${FRONT}${FILLER}\n${webEnum('X')}`;
    expectSameAsWhole(text);
    const file = sourceFile('docs/100.md', new TextEncoder().encode(text));
    expect(readDoc(file, synonyms, [1], true).doc?.info.frontMatter).toEqual({ isDir: false, status: 1, keywords: [] });
  });

  it('follows a fence whose info string holds U+2028 (found by fuzzing)', () => {
    // `.` of a JS regex stops at U+2028; CommonMark reads it as text, so the fence opens and hides the heading.
    const text = `${FRONT}Intro.\n\`\`\`\u2028\n描述\n\n\n${nativeEnum('Hidden')}\n\n${nativeEnum('Shown')}`;
    expectSameAsWhole(text);
  });
});
