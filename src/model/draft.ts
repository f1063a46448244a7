// The working types of a model build (model/build.ts and its checks): what a doc gives the
// model, the drafts of its definitions, and how the passes report. Kept apart so that the
// passes, the checks and the memo share them without importing each other.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RuleId } from '../diagnostics/rules.js';
import type { Definition, DocInfo, EnumDef, RawMember, SourceRef } from './types.js';
import type { ValueExpression } from './values.js';

/** What one doc gives the model: its info, its definitions, and the anchors it offers. */
export interface DocDefinitions {
  info: DocInfo;
  definitions: Definition[];
  /** The anchors the doc offers, for checking links into it. */
  anchors: readonly string[];
}

/** What reading one doc gave: its definitions, or undefined when it is skipped (is_dir, status); and what reading it reported. */
export interface DocRead {
  doc?: DocDefinitions;
  diagnostics: Diagnostic[];
}

/** How the passes report a problem. */
export type Report = (ruleId: RuleId, reason: string, at: SourceRef) => void;

/** A link in an enum's texts into the doc set. */
export interface LinkUse {
  docId: string;
  anchor?: string;
  text: string;
  at: SourceRef;
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
  docsBaseUrl: string | undefined;
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

/** An enum with one locale's translation merged, and what merging reported. */
export interface TranslatedEnum {
  locale: string;
  /** The translated doc's enum it was merged from. */
  from: EnumDef;
  enumDef: EnumDef;
  diagnostics: Diagnostic[];
}
