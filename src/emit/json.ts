// JSON artifacts: the whole model and one file per enum.
import type { EnumDef, Model } from '../model/types.js';
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
