// Generated texts for the simple-block reader (src/parse/simple-blocks.ts): tables, headings,
// paragraphs, fences and lists made mostly of what the reader reads (cells with code, tags,
// links, strong text, white space that is text, items with tables), with now and then what
// makes it stop (other emphasis, escapes, markup, lazy lines, a tab). The property is checkDoc's (helpers/fuzz.ts): the reader's blocks,
// and remark from where it stops, give remark's own tree.
import fc from 'fast-check';

const SAFE = ['a', '中文', ' ', '  ', ' | ', '|', '`x`', '`` a`b ``', '<br>', '<br/>', '<span id="x">', '</span>', '[x](#y)', '[0,400]', 'b_c', '1 << 2', '😀', '\u3000', '-1', '(z)', ':', '#', ' **粗体** ', '**b c**'];
const RISKY = ['`', '``', '_', 'x_', '<', '<<', '<!--', '[', ']', '](', '!', '*', '**', '***', '&amp;', '\\', '\t', '"', "<a href='y'>", '~', '>', '-', ' # '];

const token = fc.oneof({ arbitrary: fc.constantFrom(...SAFE), weight: 40 }, { arbitrary: fc.constantFrom(...RISKY), weight: 1 });
const content = fc.array(token, { maxLength: 6 }).map((tokens) => tokens.join(''));
const cells = fc.array(content, { minLength: 1, maxLength: 4 });
const row = fc.tuple(cells, fc.constantFrom('|', '', '| ', ' ')).map(([texts, end]) => `|${texts.join('|')}${end}`);
const delimiter = fc.constantFrom('---', ':-:', ' -: ', ':--', '-');
/** A header, a delimiter row (of another width one time in ten) and body rows. */
const table = fc
  .tuple(cells, fc.array(delimiter, { minLength: 4, maxLength: 4 }), fc.array(row, { maxLength: 5 }), fc.constantFrom('|', '', '|', '|  '), fc.nat(9))
  .map(([head, delimiters, rows, close, odd]) => [`| ${head.join(' | ')} ${close}`, `|${delimiters.slice(0, odd === 0 ? 1 : head.length).join('|')}${close}`, ...rows].join('\n'));
const heading = fc.tuple(fc.constantFrom('# ', '## ', '###### ', '#'), content, fc.constantFrom('', ' ', ' #', '  ')).map(([marks, text, end]) => marks + text + end);
const paragraph = fc.array(content, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
const fence = fc
  .tuple(fc.constantFrom('```', '```js x ', '````', '``` a\tb'), fc.array(content, { maxLength: 3 }), fc.constantFrom('```', '  ```', '````', '``', ''))
  .map(([open, lines, close]) => [open, ...lines, close].join('\n'));
const other = fc.constantFrom('<span id="a"></span>', '<div>', '1. a', '> a', '    a', ':--', '===', '---', '***', '- - -', '`x` y', '**a** b');
/** Lines inside an item: at its content's column (text, a table, a nested item), blank, or at another indent. */
const itemLine = fc.oneof(
  { arbitrary: content.map((text) => `  ${text}`), weight: 4 },
  { arbitrary: table.map((lines) => lines.split('\n').map((row) => `  ${row}`).join('\n')), weight: 2 },
  { arbitrary: fc.constantFrom('', '', '  - a', '  - **b**', ' a', '   a', 'lazy'), weight: 3 },
);
const item = fc.tuple(fc.constantFrom('- ', '- **成员**', '- `x`', '-  a', '- '), content, fc.array(itemLine, { maxLength: 4 })).map(([marker, text, lines]) => [marker + text, ...lines].join('\n'));
const list = fc.array(item, { minLength: 1, maxLength: 3 }).map((items) => items.join('\n'));
const block = fc.oneof(
  { arbitrary: table, weight: 4 },
  { arbitrary: heading, weight: 2 },
  { arbitrary: paragraph, weight: 3 },
  { arbitrary: fence, weight: 2 },
  { arbitrary: list, weight: 3 },
  { arbitrary: other, weight: 1 },
);

/** Blocks one after the other, on the next line or after blank lines. */
export const simpleBlocksText: fc.Arbitrary<string> = fc
  .array(fc.tuple(block, fc.constantFrom('\n', '\n\n', '\n\n', '\n  \n')), { minLength: 1, maxLength: 8 })
  .map((blocks) => blocks.map(([text, gap]) => text + gap).join(''));
