// `verify --fix`: the SDK's truth written into the docs' tables, row by row. A value the SDK
// has otherwise becomes the SDK's; a member only the SDK has becomes a row at the SDK's place
// (after the documented member the SDK puts before it), written like its neighbour row, with
// the SDK's doc comment as its description or a marked placeholder that lint reports; a member
// the SDK no longer has is removed only when asked. Everything else in the doc stays as it is.
import type { EnumDef, Member } from '../model/types.js';
import { noEdits, type DocEdits } from './apply.js';
import { PLACEHOLDER_MARK } from '../model/placeholder.js';
import { memberOf, sameValue, type EnumComparison } from '../verify/compare.js';
import type { SdkMember } from '../verify/sdk.js';
import { cellText, replaceCell, rowLike, splitRow, type RowLine } from './rows.js';
import { cellName, cellValue, nameLike, valueLike } from './values.js';

export interface FixPlan {
  /** By doc path. */
  edits: Map<string, DocEdits>;
  /** What was fixed, a line each (`ErrorType.Busy: 7 → 8`). */
  done: string[];
  /** What could not be fixed, and why. */
  skipped: string[];
}

export interface FixOptions {
  /** Remove the rows of members the SDK does not have. */
  removeMissing: boolean;
}

/** Where a table keeps a member's name, value and description, found from a documented row. */
interface Layout {
  name: number;
  value: number;
  description?: number;
  /** The row new rows are written like. */
  template: { line: string; row: RowLine };
}

/** Whether a cell's value text is the member's value: as written, or as a number in any base. */
function shows(text: string, member: Member): boolean {
  if (text === member.valueText || text === String(member.value)) return true;
  return typeof member.value === 'number' && /^-?(?:0[xX][0-9a-fA-F]+|\d+)$/.test(text) && Number(text) === member.value;
}

function layoutOf(docEnum: EnumDef, lines: readonly string[]): Layout | undefined {
  for (const member of docEnum.members) {
    const line = lines[member.source.line - 1];
    if (line === undefined) continue;
    const row = splitRow(line);
    const texts = row.cells.map((cell) => cell.text);
    const name = texts.findIndex((text) => [member.name, member.originalName].includes(cellName(text)));
    const own = texts.findIndex((text, index) => index !== name && shows(cellValue(text), member));
    // An error-code table's code is its member's name and value at once.
    const value = own === -1 && docEnum.kind === 'codes' && shows(cellValue(texts[name] ?? ''), member) ? name : own;
    if (name === -1 || value === -1) continue;
    const start = member.description?.text.slice(0, 12);
    // (For a code table, name and value are the one code cell.)
    const description = start ? texts.findIndex((text, index) => index !== name && index !== value && text.includes(start)) : -1;
    return { name, value, ...(description === -1 ? {} : { description }), template: { line, row } };
  }
  return undefined;
}

function editsOf(plan: FixPlan, file: string): DocEdits {
  let edits = plan.edits.get(file);
  if (!edits) plan.edits.set(file, (edits = noEdits()));
  return edits;
}

/** A row for `sdkMember` in the form of the layout's template. */
function newRow(layout: Layout, sdkMember: SdkMember & { value: bigint | string }): string {
  const { line, row } = layout.template;
  const texts = row.cells.map((cell, index) => {
    if (index === layout.value) return valueLike(cell.text, sdkMember.value);
    if (index === layout.name) return nameLike(cell.text, sdkMember.name);
    if (index === layout.description) return cellText(sdkMember.doc ?? `${PLACEHOLDER_MARK} describe ${sdkMember.name} (added from the SDK)`);
    return '';
  });
  return rowLike(line, row, texts);
}

/** The edits that make each compared doc enum agree with its SDK enum. `lines(path)` gives a doc's lines as read. */
export function sdkFixes(compared: readonly EnumComparison[], lines: (file: string) => readonly string[], options: FixOptions): FixPlan {
  const plan: FixPlan = { edits: new Map(), done: [], skipped: [] };
  for (const { docEnum, sdkEnum } of compared) {
    const file = docEnum.source.path;
    const docLines = lines(file);
    const layout = layoutOf(docEnum, docLines);
    if (!layout) {
      plan.skipped.push(`${docEnum.name} (${file}): no row shows its name and value in cells of their own, so no row can be written like it`);
      continue;
    }
    const edits = editsOf(plan, file);
    const documented = new Map<SdkMember, Member>();
    for (const member of docEnum.members) {
      const sdkMember = memberOf(sdkEnum.members, member);
      if (sdkMember) documented.set(sdkMember, member);
      else if (options.removeMissing) {
        edits.remove.add(member.source.line);
        plan.done.push(`${docEnum.name}.${member.name}: removed (not in ${sdkEnum.qualifiedName})`);
      }
      if (!sdkMember || sdkMember.value === undefined || sameValue(member.value, sdkMember.value)) continue;
      const line = docLines[member.source.line - 1] ?? '';
      const row = splitRow(line);
      const cell = row.cells[layout.value];
      if (!cell) continue;
      edits.replace.set(member.source.line, replaceCell(line, row, layout.value, valueLike(cell.text, sdkMember.value)));
      plan.done.push(`${docEnum.name}.${member.name}: ${cell.text} → ${String(sdkMember.value)}`);
    }
    // New rows go after the row of the documented member the SDK declares before them.
    let after = Math.min(...docEnum.members.map((member) => member.source.line)) - 1;
    for (const sdkMember of sdkEnum.members) {
      const member = documented.get(sdkMember);
      if (member) {
        after = member.source.line;
        continue;
      }
      if (sdkMember.value === undefined) {
        plan.skipped.push(`${sdkEnum.qualifiedName}.${sdkMember.name}: its value is no constant, so no row was added`);
        continue;
      }
      const rows = edits.insertAfter.get(after) ?? [];
      rows.push(newRow(layout, { ...sdkMember, value: sdkMember.value }));
      edits.insertAfter.set(after, rows);
      plan.done.push(`${docEnum.name}.${sdkMember.name}: added (${String(sdkMember.value)}${sdkMember.doc === undefined ? ', description to write' : ''})`);
    }
  }
  return plan;
}
