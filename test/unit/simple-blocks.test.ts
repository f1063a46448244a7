import { describe, expect, it } from 'vitest';
import { parseInPieces } from '../../src/parse/pieces.js';
import { parseMarkdown } from '../../src/parse/processor.js';
import { readSimpleBlocks } from '../../src/parse/simple-blocks.js';

/**
 * The reader's blocks are remark's first blocks of the same text, positions included, and the
 * text read in one piece (the reader, then remark from where it stopped) is remark's whole tree.
 * Returns how many lines the reader took.
 */
function linesReadAsRemark(text: string, references = false): number {
  const read = readSimpleBlocks(text, { lines: 0, offset: 0 }, references);
  const remark = parseMarkdown(text);
  expect(read.nodes).toEqual(remark.children.slice(0, read.nodes.length));
  expect(parseInPieces(text, [{ line: 0, text }], references)).toEqual(remark);
  return read.lines;
}

const lineCount = (text: string): number => text.split('\n').length;

const NATIVE = [
  '<span id="KTVErrorCode"></span>',
  '# KTVErrorCode',
  '```objectivec  NS_ENUM  x  ',
  'typedef NS_ENUM(',
  '    NSInteger, KTVErrorCode',
  ')',
  '  ```',
  'KTV 播放器错误码，参看 [KTVPlayer](#KTVPlayer) 与 `onError`。',
  '',
  '',
  '## 枚举值',
  '| 类型 | 值 | 说明 |',
  '| --- | --- | --- |',
  '| KTVErrorCodeOK | 0 | 成功。<br>见 [文档](70087#ok)。 |',
  '| KTV_ERROR_FILE | -3020 | `` a`b `` 与 `  ` 与 `x`y | ',
  '| KTVErrorCodeTag | 1 << 2 | <a href="u" title=\'t\'>链接</a> a < b |  ',
  '',
].join('\n');

const WEB = ['## ErrorType', '', '类型: `enum`', '', '| 属性 | 值 | 描述 |', '| :--- | :-: | --: |', "| A | `'a'` | \u3000说明\u3000 |", '| B | 2', '| C |', '|', ''].join('\n');

describe('readSimpleBlocks (blocks read as remark reads them)', () => {
  it('reads a native SDK enum section whole: anchor, heading, code, prose with links and code, a table with tags', () => {
    expect(linesReadAsRemark(NATIVE)).toBe(lineCount(NATIVE));
  });

  it('reads a web SDK enum section whole: alignments, white space that is text, short rows, a lone pipe', () => {
    expect(linesReadAsRemark(WEB)).toBe(lineCount(WEB));
  });

  it.each([
    ['a table without body rows', '| 错误码 | 说明 |\n| --- | --- |  \n\n# 下一节'],
    ['headings of every depth, empty, and with trailing spaces', '#\n# 一  \n###### six\n##   \nText `code`.'],
    ['code fences: empty, longer closing, no info', '```\n```\n````js\na\n\n  b\n`````\n'],
    ['paragraphs ended by a heading, a fence, the end, with spaces at the end', 'x   \n```\n```\nabc\n# h\ny  '],
    ['underscores inside words, brackets and text that is no markup', 'AUDIO_MIXING_STATE_PLAYING 是 [0,400] 范围，ratio 2:1 ~ 3 ($x) {y} a > b'],
    ['emoji and characters outside the BMP', '| 😀 | 𝒳 |\n| - | - |\n| 𠮷野 | `😀` |'],
  ])('reads %s', (_name, text) => {
    expect(linesReadAsRemark(text)).toBe(lineCount(text));
  });

  it.each([
    ['an escaped pipe', '| a | b |\n| - | - |\n| x \\| y | z |\n| c | d |'],
    ['emphasis', '| a | b |\n| - | - |\n| **粗体** | _em_ |'],
    ['a character reference and an image', '| a | b |\n| - | - |\n| &amp; | ![i](p.png) |'],
    ['a reference-like label and a link with a title', '| a | b |\n| - | - |\n| [ref] | [t](u "title") |'],
    ['a tab in a cell', '| a | b |\n| - | - |\n| \tx | y |'],
    ['NUL characters (remark reads a replacement character) in code, a tag and a link', '| a | b | c |\n| - | - | - |\n| `x\u0000` | <a b="\u0000"> | [l\u0000](u) |'],
  ])('reads a table whose rows hold %s (those rows by remark)', (_name, text) => {
    expect(linesReadAsRemark(text)).toBe(lineCount(text));
  });

  it.each([
    ['front matter', '---\ntitle: x\n---\n# T', 0],
    ['a line of dashes on the first line (front matter or not: remark decides)', '---\n# T', 0],
    ['a paragraph a delimiter row makes a table', 'a | b\n:-- | --\n\n# T', 0],
    ['a setext heading', 'Title\n===\n', 0],
    ['a heading with a closing sequence', '# T\n## Closed ##\n', 1],
    ['an unclosed fence', '# T\n```js\ncode\n', 1],
    ['a tilde fence', '~~~\ncode\n~~~\n', 0],
    ['an HTML block', '# T\n<div>\n# not a heading\n</div>\n', 1],
    ['a tag alone on its line', '<span id="x">\n# in the HTML block\n', 0],
    ['a comment', '<!-- a\n\n-->\n', 0],
    ['a table a paragraph line continues', '| a |\n| - |\n| x |\ntail\n', 0],
    ['a paragraph with a hard break', 'line one  \nline two\n', 0],
    ['an indented continuation', 'line one\n  line two\n', 0],
    ['a tab', '# T\n\n\tcode\n', 2],
    ['carriage returns', '# T\r\n\r\nText\r\n', 0],
    ['a reference definition', '# T\n[a]: https://example.com\n', 1],
    ['an image', '# T\n![a](b.png)\n', 1],
    ['a bracket a `](` follows', '# T\n[a [b](c)] d\n', 1],
    ['an autolink', '# T\nSee <https://example.com>.\n', 1],
  ])('stops at %s, and remark reads from there', (_name, text, lines) => {
    expect(linesReadAsRemark(text)).toBe(lines);
  });

  it.each([
    ['a table row with a reference (not parsed alone: it would not see the definition)', '| a | b |\n| - | - |\n| [x] | y |\n\n[x]: /u\n', 0],
    ['a bracket that is text in a doc without references', '# T\n\nRange [0, 25].\n\n[0, 25]: /low\n', 2],
    ['a reference definition after lists and a heading', '- a\n\n# T\n- b\n\n[r]: /u\n', 5],
  ])('with references defined, stops at %s', (_name, text, lines) => {
    expect(linesReadAsRemark(text, true)).toBe(lines);
  });

  it('with references defined, reads simple blocks around what remark reads at once', () => {
    const text = '# Codes\n\n| 错误码 | 说明 |\n| --- | --- |\n| 1 | 见 [文档](#d) |\n\n- item [r]\n\n# After\n\n    indented\n\n# Last\n\n[r]: /u\n';
    const sections = text.split(/\n\n(?=#|- |\[)/);
    let line = 0;
    const pieces = sections.map((section) => {
      const piece = { line, text: section };
      line += section.split('\n').length + 1;
      return piece;
    });
    expect(parseInPieces(text, pieces, true)).toEqual(parseMarkdown(text));
  });
});

describe('readSimpleBlocks: lists, strong text, breaks', () => {
  it.each([
    ['a member list of the web SDK docs: strong text, a table at column 2', '- **成员**\n\n  | 属性 | 值 | 描述 |\n  | :-- | :-- | :-- |\n  | kA | `0` | 仅本地 |\n\n\n## 下一节'],
    ['tight and loose items', '- a\n- b **c** d\n\n- e\n\n  g\n\nAfter.'],
    ['a list a heading ends', '- a\n# h'],
    ['a nested list', '- a\n  - b\n  - c\n- d'],
    ['code in an item', '- a\n\n  ```js\n  x\n\n  y\n  ```\n\nz'],
    ['a paragraph a list item interrupts', 'Intro\n- item\n\n# T'],
    ['thematic breaks and paragraphs starting with code or strong text', '# T\n---\n`Defined in : x.ts`\n\n***\n**EventType** 是 `A`\n\n___  \n'],
  ])('reads %s', (_name, text) => {
    expect(linesReadAsRemark(text)).toBe(lineCount(text));
  });

  it.each([
    ['a lazy line after an item', '- a\nlazy\n', 0],
    ['a paragraph over lines in an item (its text ends before or after the indentation, as what follows decides)', '- b ``\n  [x](#y)\n', 0],
    ['an item at another indent', '- a\n   b\n', 0],
    ['an empty item', '-\n- a\n', 0],
    ['a break of spaced marks', '- - -\n', 0],
    ['strong text touching a word', 'a**b**\n', 0],
    ['other emphasis', '*a* and __b__\n', 0],
    ['a list of another marker after a list', '- a\n\n* b\n', 2],
  ])('stops at %s', (_name, text, lines) => {
    expect(linesReadAsRemark(text)).toBe(lines);
  });
});
