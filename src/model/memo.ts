// What a long-lived caller (watch mode) keeps of earlier model builds, so that unchanged
// definitions are neither drafted nor finished again (the drafts themselves: draft.ts).
import type { FinishedEnum, LinkUse, PreparedDraft } from './draft.js';
import type { TranslatedEnum } from './translate.js';
import type { Definition, EnumDef } from './types.js';

/**
 * What a long-lived caller (watch mode) keeps between builds, by identity of the doc
 * results it keeps (an unchanged doc's definitions are the same objects run after run).
 * Drafts are re-made from a template, and an enum whose name and values came out as before
 * is the same EnumDef object as before: later stages skip such enums by identity.
 */
export interface ModelMemo {
  drafts: WeakMap<Definition, PreparedDraft>;
  enums: WeakMap<Definition, FinishedEnum>;
  links: WeakMap<EnumDef, readonly LinkUse[]>;
  anchors: WeakMap<readonly string[], ReadonlySet<string>>;
  exportedNames: WeakMap<EnumDef, readonly string[]>;
  /** Enums with a translation merged (model/translate.ts). */
  translated: WeakMap<EnumDef, TranslatedEnum>;
}

export function createModelMemo(): ModelMemo {
  return { drafts: new WeakMap(), enums: new WeakMap(), links: new WeakMap(), anchors: new WeakMap(), exportedNames: new WeakMap(), translated: new WeakMap() };
}
