// JSON artifacts: the whole model and one file per enum.
import type { EnumDef, Model } from '../model/types.js';
import { generatedNotice } from './header.js';

/** Stable JSON text: 2-space indent, LF, trailing newline; key order is the model's own. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * With `memo` (a watcher's), the same text with each doc's and enum's part printed once per
 * object: a watcher's models share the unchanged ones.
 */
export function modelJson(model: Model, memo?: WeakMap<object, string>): string {
  const value = { $comment: generatedNotice(model.docs.map((doc) => doc.path)), ...model };
  if (!memo) return jsonText(value);
  // One join of flat strings: the text is copied once (joins of joins, or of concatenated strings, cost several times more).
  const pieces: string[] = ['{'];
  for (const [key, part] of Object.entries(value)) {
    if (part === undefined) continue;
    pieces.push(pieces.length === 1 ? '\n  ' : ',\n  ', JSON.stringify(key), ': ');
    if (Array.isArray(part) && part.length > 0 && part.every((item) => typeof item === 'object' && item !== null)) {
      part.forEach((item: object, index) => pieces.push(index === 0 ? '[\n    ' : ',\n    ', arrayItem(item, memo)));
      pieces.push('\n  ]');
    } else pieces.push(nested(JSON.stringify(part, null, 2), '  '));
  }
  pieces.push('\n}\n');
  return pieces.join('');
}

/** An object in an array of the model, as `jsonText` of the model prints it (its lines after the first 4 spaces in), kept in `memo`. */
function arrayItem(item: object, memo: WeakMap<object, string>): string {
  let text = memo.get(item);
  if (text === undefined) {
    text = nested(JSON.stringify(item, null, 2), '    ');
    memo.set(item, text);
  }
  return text;
}

/** Every line after the first indented by `indent` more. Split and join make a flat string; replace would make a chain of pieces. */
function nested(text: string, indent: string): string {
  return text.split('\n').join(`\n${indent}`);
}

export function enumJson(enumDef: EnumDef): string {
  return jsonText({ $comment: generatedNotice([enumDef.source.path]), ...enumDef });
}
