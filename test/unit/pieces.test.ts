import { describe, expect, it } from 'vitest';
import { columnSynonyms } from '../../src/infer/headers.js';
import { parseInPieces } from '../../src/parse/pieces.js';
import { parseMarkdown } from '../../src/parse/processor.js';
import { sliceForDefinitions } from '../../src/scan/slice.js';

const synonyms = columnSynonyms();
const FRONT = '---\nis_dir: False\nstatus: 1\nkeywords: x\n---\n';

/** A native SDK section: anchor, heading, code block, prose with a link, 枚举值 and a table of `rows` rows. */
function nativeEnum(name: string, rows: number): string {
  const table = Array.from({ length: rows }, (_, row) => `| k${name}${row} | ${row} | 说明 ${row}，见 [\`Other\`](#other) 与 **粗体** |`).join('\n');
  return `<span id="${name}"></span>\n# ${name}\n\`\`\`cpp\nenum ${name}\n\`\`\`\n\n说明 [链接](70087#x)。\n\n## 枚举值\n\n| 类型 | 值 | 说明 |\n| --- | --- | --- |\n${table}\n`;
}

/** Sections that parse alike whatever is around them, with lists, quotes, setext headings, code and HTML between the enums. */
const PROSE = [
  '- item one\n\n  continued in the item\n\n- item two\n  > quoted\n',
  'Setext heading\n---\n\nText after it.\n',
  '```ts\nconst a = 1;\n\n# not a heading\n```\n',
  '<!-- a comment\n\n# in it\n-->\n',
  '1. first\n2. second\n\n   indented paragraph of the second\n',
  '[`onX`](70087#onx) starts the line, a link and no definition.\n',
  '    indented code after a blank line\n',
];

function docOf(sections: number): string {
  const parts = [FRONT];
  for (let index = 0; index < sections; index++) parts.push(PROSE[index % PROSE.length] ?? '', nativeEnum(`E${index}`, 8 + (index % 5)));
  return parts.join('\n');
}

/** The kept text parsed at once and in its pieces: the same tree, positions included. */
function expectPiecesParseAsWhole(text: string): number {
  const sliced = sliceForDefinitions(text, synonyms);
  if (!sliced?.pieces) throw new Error('expected pieces');
  expect(parseInPieces(sliced.kept, sliced.pieces, sliced.references)).toEqual(parseMarkdown(sliced.kept));
  return sliced.pieces.length;
}

describe('parseInPieces (the kept text parsed piece by piece)', () => {
  it('gives the tree of the text parsed at once, positions and front matter included', () => {
    expect(expectPiecesParseAsWhole(docOf(40))).toBeGreaterThan(10);
  });

  it('gives it for a text without front matter, and for a single section', () => {
    expect(expectPiecesParseAsWhole(docOf(40).slice(FRONT.length))).toBeGreaterThan(10);
    expect(expectPiecesParseAsWhole(`${FRONT}${nativeEnum('One', 2)}`)).toBeGreaterThan(1);
  });

  it('does not take a `---` block that starts a later piece for front matter', () => {
    const text = `${docOf(6)}\n---\ntitle: x\n---\n\n${nativeEnum('Late', 3)}`;
    expectPiecesParseAsWhole(text);
  });

  it('reads a doc that defines a link reference with remark at once (a reference reaches across pieces), its simple blocks aside', () => {
    const text = `${docOf(20)}\n- [0, 25]: 低\n\n${nativeEnum('Ref', 2).replace('说明 0', '说明 [0, 25]')}`;
    const sliced = sliceForDefinitions(text, synonyms);
    expect(sliced?.references).toBe(true);
    expect(sliced?.kept.split('\n')).toContain('- [0, 25]: 低');
    expect(expectPiecesParseAsWhole(text)).toBeGreaterThan(10);
  });

  it('cuts a doc in pieces whose lines start with a link but define nothing', () => {
    const text = `${docOf(20)}\n[\`onY\`](70087#ony): a link, then a colon\n`;
    expect(expectPiecesParseAsWhole(text)).toBeGreaterThan(5);
  });
});
