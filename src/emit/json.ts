// JSON artifacts: the whole model, one file per enum, and i18next-ready catalogs.
import type { EnumDef, Model } from '../model/types.js';
import { firstOfEachValue } from './enums.js';
import { generatedNotice } from './header.js';

/** Stable JSON text: 2-space indent, LF, trailing newline; key order is the model's own. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function modelJson(model: Model): string {
  return jsonText({ $comment: generatedNotice(model.docs.map((doc) => doc.path)), ...model });
}

export function enumJson(enumDef: EnumDef): string {
  return jsonText({ $comment: generatedNotice([enumDef.source.path]), ...enumDef });
}

/**
 * A module's catalog as an i18next namespace: { Enum: { Member: { message, solution } } }.
 * Keys are identifiers, so i18next's `.` and `:` separators never split them.
 */
export function catalogJson(enums: readonly EnumDef[]): string {
  // A null prototype: member names come from docs and must never reach Object.prototype.
  const namespace: Record<string, Record<string, { message: string; solution?: string }>> = Object.create(null);
  for (const enumDef of enums) {
    const entries: Record<string, { message: string; solution?: string }> = Object.create(null);
    for (const member of firstOfEachValue(enumDef.members)) {
      const entry: { message: string; solution?: string } = { message: member.description?.text ?? member.name };
      if (member.solution) entry.solution = member.solution.text;
      entries[member.name] = entry;
    }
    namespace[enumDef.name] = entries;
  }
  return jsonText({ $comment: generatedNotice([...new Set(enums.map((enumDef) => enumDef.source.path))]), ...namespace });
}
