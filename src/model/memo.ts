// What a long-lived caller (watch mode) keeps of earlier model builds, so that unchanged
// definitions are neither drafted nor finished again (the drafts themselves: draft.ts).
// The memo wraps each pass: `memo.drafts(definition, make, fits)` is the pass's result,
// made now or remembered; a build without a memo uses NO_MEMO, which remembers nothing.
import type { FinishedEnum, LinkUse, PreparedDraft, TranslatedEnum } from './draft.js';
import type { Definition, EnumDef } from './types.js';

/** A pass's result for `key`: the one made before when it still `fits`, else `make()`'s, remembered. */
export type Remember<K extends object, V> = (key: K, make: () => V, fits?: (known: V) => boolean) => V;

function remembering<K extends object, V>(): Remember<K, V> {
  const known = new WeakMap<K, V>();
  return (key, make, fits) => {
    const found = known.get(key);
    if (found !== undefined && (fits === undefined || fits(found))) return found;
    const made = make();
    known.set(key, made);
    return made;
  };
}

function forgetting<K extends object, V>(_key: K, make: () => V): V {
  return make();
}

/**
 * What a long-lived caller (watch mode) keeps between builds, by identity of the doc
 * results it keeps (an unchanged doc's definitions are the same objects run after run).
 * Drafts are re-made from a template, and an enum whose name and values came out as before
 * is the same EnumDef object as before: later stages skip such enums by identity.
 */
export interface ModelMemo {
  drafts: Remember<Definition, PreparedDraft>;
  enums: Remember<Definition, FinishedEnum>;
  links: Remember<EnumDef, readonly LinkUse[]>;
  anchors: Remember<readonly string[], ReadonlySet<string>>;
  exportedNames: Remember<EnumDef, readonly string[]>;
  /** Enums with a translation merged (model/translate.ts). */
  translated: Remember<EnumDef, TranslatedEnum>;
}

export function createModelMemo(): ModelMemo {
  return { drafts: remembering(), enums: remembering(), links: remembering(), anchors: remembering(), exportedNames: remembering(), translated: remembering() };
}

/** A memo that remembers nothing: every pass runs (a one-off build). */
export const NO_MEMO: ModelMemo = { drafts: forgetting, enums: forgetting, links: forgetting, anchors: forgetting, exportedNames: forgetting, translated: forgetting };
