// What one table cell holds, from its text alone: a number, a range or list of numbers, an
// identifier of some case, a type word, yes or no, a word, or prose. Column roles are read
// from these shapes (infer/table.ts) as much as from the header words.

export type CellShape =
  | 'blank'
  /** `^^`, `〃`, `同上`: the cell above, continued (a merged cell written out). */
  | 'ditto'
  | 'integer'
  | 'hex'
  /** `-5000001 ~ 15`, `1000～1999`, `100-199`: a range of codes. */
  | 'range'
  /** `1001, 1002`, `1001 / 1002`, `1001<br>1002`: several codes in one cell. */
  | 'list'
  /** `UPPER_SNAKE`, `OK`. */
  | 'constant'
  /** `NotFound`, `InvalidParameter` (two humps or more). */
  | 'pascal'
  /** `roomId`, `kAudio`: lower camel case, as fields, methods and k-prefixed constants are named. */
  | 'camel'
  /** `invalid_param`. */
  | 'snake'
  /** `InvalidParameter.TaskNotDone`, `ERROR_CODES.INVALID_PARAMS`. */
  | 'dotted'
  /** `"audio"`, `'cn-north-1'`. */
  | 'quoted'
  /** `NAME(1)`, `NAME(2, "label")`: a name with its value, Java style. */
  | 'call'
  /** `String`, `int`, `Boolean`, `string[]`: a parameter or field's type. */
  | 'type'
  /** yes or no in any of the doc sets' words: `是`, `否`, `Yes`, `required`, `✓`. */
  | 'flag'
  /** One word that may be a name or a one-word text: `Success`, `audio`. */
  | 'word'
  | 'prose';

const DITTO = /^(?:\^\^|〃|同上|″|ditto)$/i;
/** `-`, `—`, `N/A`: nothing to say, as blank as an empty cell. */
const NOTHING = /^(?:-|—|–|\/|n\/a|na|none|无)$/i;
const INTEGER = /^[+\-−]?\d+$/;
/** A number written with thousands separators (`10,000`): a quantity, as one number. */
const GROUPED_INTEGER = /^[+\-−]?\d{1,3}(?:,\d{3})+$/;
const HEX = /^[+\-−]?0x[0-9a-f]+$/i;
const NUMBER = String.raw`[+\-−]?(?:0x[0-9a-f]+|\d+)`;
const RANGE = new RegExp(String.raw`^${NUMBER}\s*(?:~|～|–|—|-|\.\.\.?|to|至|到)\s*${NUMBER}$`, 'i');
const LIST = new RegExp(String.raw`^${NUMBER}(?:\s*[,，、/;；\n]\s*${NUMBER})+$`, 'i');
const CONSTANT = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_?$|^_[A-Z0-9_]+$/;
const PASCAL = /^[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+$|^[A-Z]{2,}[a-z][A-Za-z0-9]*$/;
const CAMEL = /^[a-z][a-z0-9]*(?:[A-Z][A-Za-z0-9]*)+$/;
const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;
const IDENTIFIER_PART = String.raw`[A-Za-z_$][A-Za-z0-9_$]*`;
const DOTTED = new RegExp(String.raw`^${IDENTIFIER_PART}(?:(?:\.|::)${IDENTIFIER_PART})+$`);
const QUOTED = /^"[^"\n]*"$|^'[^'\n]*'$/;
/** `NAME(2)`, `NAME(-1, "label")`: a number (and a quoted label) in the parentheses; `Api(2022-06-01)` is no value. */
const CALL = /^[A-Za-z_$][\w$.]*\s*\(\s*[+\-−]?(?:0x[0-9a-f]+|\d+)\s*(?:,\s*"[^"]*"\s*)?\)$/i;
const TYPE =
  /^(?:string|str|text|int|integer|int8|int16|int32|int64|uint|uint8|uint16|uint32|uint64|long|short|byte|float|double|number|bool|boolean|object|array|list|map|dict|json|date|datetime|timestamp|char|void|any|null|bigint|nsstring|nsinteger|nsuinteger|cgfloat)(?:\s*\[\s*\])?$|^(?:array|list|map|vector|set)\s*<.*>$|^[A-Za-z]+\[\]$/i;
const FLAG = /^(?:yes|no|y|n|true|false|required|optional|是|否|必选|可选|必填|选填|非必填|需要|不需要|有|✓|✔|✅|☑|✗|✘|❌|√|×|o|x)$/iu;
const WORD = /^[A-Za-z][a-z0-9]*$/;

/** The shape of a cell's plain text (`<br>` as a line break). */
export function cellShape(text: string): CellShape {
  const trimmed = text.trim();
  if (trimmed === '') return 'blank';
  if (DITTO.test(trimmed)) return 'ditto';
  if (NOTHING.test(trimmed)) return 'blank';
  if (INTEGER.test(trimmed) || GROUPED_INTEGER.test(trimmed)) return 'integer';
  if (HEX.test(trimmed)) return 'hex';
  if (RANGE.test(trimmed)) return 'range';
  if (LIST.test(trimmed)) return 'list';
  // Upper case is a constant's (`TEXT`, `JSON`), never a type's.
  if (TYPE.test(trimmed) && !CONSTANT.test(trimmed)) return 'type';
  if (FLAG.test(trimmed)) return 'flag';
  if (CALL.test(trimmed)) return 'call';
  if (QUOTED.test(trimmed)) return 'quoted';
  const lines = trimmed.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  // Two names in one cell (`ERR_A<br/>ERR_B`): the shape of the first; the rest are aliases.
  if (lines.length > 1) {
    const shapes = lines.map(identifierShape);
    return shapes.every((shape) => shape !== undefined && shape !== 'word') ? (shapes[0] ?? 'prose') : 'prose';
  }
  return identifierShape(trimmed) ?? 'prose';
}

function identifierShape(text: string): CellShape | undefined {
  if (CONSTANT.test(text) && text.length > 1) return 'constant';
  if (PASCAL.test(text)) return 'pascal';
  if (CAMEL.test(text)) return 'camel';
  if (SNAKE.test(text)) return 'snake';
  if (DOTTED.test(text)) return 'dotted';
  if (WORD.test(text)) return 'word';
  return undefined;
}

/** Shapes of one code: what a code or value column holds. */
export const SINGLE_CODE: ReadonlySet<CellShape> = new Set(['integer', 'hex']);
/** Shapes of several codes in one cell: read as a warning, never as one member. */
export const SEVERAL_CODES: ReadonlySet<CellShape> = new Set(['range', 'list']);
/** Shapes that name something. `word` is left out: a one-word text is as likely. */
export const NAME_SHAPES: ReadonlySet<CellShape> = new Set(['constant', 'pascal', 'camel', 'snake', 'dotted', 'quoted', 'call']);
