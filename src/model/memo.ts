// What a long-lived caller (watch mode) keeps of earlier model builds, and the drafts that
// model/build.ts works on, so that unchanged definitions are neither drafted nor finished again.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LinkUse } from './checks.js';
import type { TranslatedEnum } from './translate.js';
import type { Definition, EnumDef, RawMember } from './types.js';
import type { ValueExpression } from './values.js';

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

/** A definition's draft before pass 2 (never used itself: each build works on a copy), and what drafting reported. */
export interface PreparedDraft {
  rawName: string | undefined;
  module: string;
  template: EnumDraft | undefined;
  diagnostics: Diagnostic[];
}

/** A finished enum and what it was finished from, besides its definition. */
export interface FinishedEnum {
  name: string;
  docsBaseUrl: string;
  values: readonly (number | string | undefined)[];
  enumDef: EnumDef | undefined;
  diagnostics: Diagnostic[];
}

export interface MemberDraft {
  raw: RawMember;
  name: string;
  expression?: ValueExpression;
  /** An empty value cell: the previous member's value + 1, or 0 (C, Java and TypeScript enums alike). */
  implicitAfter?: MemberDraft | 'first';
  /** Set by pass 2; undefined when the value could not be had (a diagnostic says why). */
  value?: number | string;
  state: 'new' | 'visiting' | 'done';
}

export interface EnumDraft {
  definition: Definition;
  name: string;
  rawName: string;
  module: string;
  members: MemberDraft[];
  /** Original and identifier names → member, for references. */
  byName: Map<string, MemberDraft>;
}

/** A draft to work on: passes 2 and 3 set names, states and values on it. */
export function copyDraft(template: EnumDraft): EnumDraft {
  const copies = new Map<MemberDraft, MemberDraft>();
  const draft: EnumDraft = { ...template, members: [], byName: new Map() };
  for (const member of template.members) {
    const copy = { ...member };
    if (member.implicitAfter && member.implicitAfter !== 'first') copy.implicitAfter = copies.get(member.implicitAfter);
    copies.set(member, copy);
    draft.members.push(copy);
    draft.byName.set(member.raw.name, copy);
    draft.byName.set(member.name, copy);
  }
  return draft;
}

export function sameValues(a: readonly (number | string | undefined)[], b: readonly (number | string | undefined)[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
