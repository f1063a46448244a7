// Classifies what changed between two models, for releases of the generated package:
//   major  enum removed, member removed, member renamed (same value, new name),
//          value changed, value type changed
//   minor  enum added, member added
//   patch  description, solution or link text changed
// Enums are matched by module and name, members by name.
import { compareText } from '../util/order.js';
import type { EnumDef, Member, Model, RichText, SourceRef } from './types.js';

export type ChangeLevel = 'major' | 'minor' | 'patch';

export type ChangeKind =
  | 'enum-removed'
  | 'enum-added'
  | 'member-removed'
  | 'member-added'
  | 'member-renamed'
  | 'value-changed'
  | 'value-type-changed'
  | 'text-changed';

export interface ModelChange {
  kind: ChangeKind;
  level: ChangeLevel;
  module: string;
  enum: string;
  member?: string;
  /** What it was and what it is now, as text. */
  before?: string;
  after?: string;
  /** Where to look: the new doc position, or the old one for removals. */
  source: SourceRef;
}

const LEVEL: Record<ChangeKind, ChangeLevel> = {
  'enum-removed': 'major',
  'member-removed': 'major',
  'member-renamed': 'major',
  'value-changed': 'major',
  'value-type-changed': 'major',
  'enum-added': 'minor',
  'member-added': 'minor',
  'text-changed': 'patch',
};

const ORDER: readonly ChangeLevel[] = ['major', 'minor', 'patch'];

/** The highest level among the changes, or undefined when nothing changed. */
export function releaseLevel(changes: readonly ModelChange[]): ChangeLevel | undefined {
  return ORDER.find((level) => changes.some((change) => change.level === level));
}

export function diffModels(before: Model | undefined, after: Model): ModelChange[] {
  const changes: ModelChange[] = [];
  const add = (change: Omit<ModelChange, 'level'>): void => void changes.push({ ...change, level: LEVEL[change.kind] });
  const key = (enumDef: EnumDef): string => `${enumDef.module}\u0000${enumDef.name}`;
  const old = new Map((before?.enums ?? []).map((enumDef) => [key(enumDef), enumDef]));
  const now = new Map(after.enums.map((enumDef) => [key(enumDef), enumDef]));
  for (const [id, enumDef] of old) {
    if (!now.has(id)) add({ kind: 'enum-removed', module: enumDef.module, enum: enumDef.name, source: enumDef.source });
  }
  for (const [id, enumDef] of now) {
    const previous = old.get(id);
    if (!previous) {
      add({ kind: 'enum-added', module: enumDef.module, enum: enumDef.name, source: enumDef.source });
      continue;
    }
    // A watcher's builds share unchanged enums (model/build.ts ModelMemo): the same object has no changes.
    if (previous === enumDef) continue;
    const where = { module: enumDef.module, enum: enumDef.name };
    if (previous.valueType !== enumDef.valueType) {
      add({ kind: 'value-type-changed', ...where, before: previous.valueType, after: enumDef.valueType, source: enumDef.source });
    }
    if (textOf(previous.description) !== textOf(enumDef.description) || translationsOf(previous) !== translationsOf(enumDef)) {
      add({ kind: 'text-changed', ...where, before: textOf(previous.description), after: textOf(enumDef.description), source: enumDef.source });
    }
    diffMembers(previous, enumDef, (change) => add({ ...where, ...change }));
  }
  // Highest level first, then in doc order: the order of reports and changelogs.
  return changes.sort(
    (a, b) =>
      ORDER.indexOf(a.level) - ORDER.indexOf(b.level) ||
      compareText(a.source.path, b.source.path) ||
      a.source.line - b.source.line ||
      compareText(a.kind, b.kind),
  );
}

function diffMembers(before: EnumDef, after: EnumDef, add: (change: Omit<ModelChange, 'level' | 'module' | 'enum'>) => void): void {
  const old = new Map(before.members.map((member) => [member.name, member]));
  const now = new Map(after.members.map((member) => [member.name, member]));
  const removed = before.members.filter((member) => !now.has(member.name));
  const added = after.members.filter((member) => !old.has(member.name));
  // A member that left while another with its value arrived was renamed.
  const renamed = new Map<Member, Member>();
  for (const gone of removed) {
    const successor = added.find((member) => member.value === gone.value && ![...renamed.values()].includes(member));
    if (successor) renamed.set(gone, successor);
  }
  for (const gone of removed) {
    const successor = renamed.get(gone);
    if (successor) add({ kind: 'member-renamed', member: successor.name, before: gone.name, after: successor.name, source: successor.source });
    else add({ kind: 'member-removed', member: gone.name, before: show(gone.value), source: gone.source });
  }
  const successors = new Set(renamed.values());
  for (const member of added) {
    if (!successors.has(member)) add({ kind: 'member-added', member: member.name, after: show(member.value), source: member.source });
  }
  for (const member of after.members) {
    const previous = old.get(member.name);
    if (!previous) continue;
    if (previous.value !== member.value) {
      add({ kind: 'value-changed', member: member.name, before: show(previous.value), after: show(member.value), source: member.source });
    }
    for (const field of ['description', 'solution'] as const) {
      if (textOf(previous[field]) !== textOf(member[field])) {
        add({ kind: 'text-changed', member: member.name, before: textOf(previous[field]), after: textOf(member[field]), source: member.source });
      }
    }
    if (translationsOf(previous) !== translationsOf(member)) {
      add({ kind: 'text-changed', member: member.name, before: translationsOf(previous), after: translationsOf(member), source: member.source });
    }
  }
}

/** Text and link targets: a changed link (text or href) is a text change too. */
function textOf(text: RichText | undefined): string {
  if (!text) return '';
  const links = text.links.map((link) => ` [${link.text}](${link.href ?? link.target})`).join('');
  return `${text.text}${links}`;
}

/** Translated text of every locale, as one comparable string. */
function translationsOf(target: Pick<Member, 'translations'>): string {
  const entries = Object.entries(target.translations ?? {}).sort(([a], [b]) => compareText(a, b));
  return entries.map(([locale, text]) => `${locale}: ${textOf(text.description)} / ${textOf(text.solution)}`).join('\n');
}

function show(value: number | string): string {
  return JSON.stringify(value);
}

/** One change as a sentence: "ErrorType.Success: value changed from 0 to 1". */
export function describeChange(change: ModelChange): string {
  const target = change.member ? `${change.enum}.${change.member}` : change.enum;
  switch (change.kind) {
    case 'enum-removed':
      return `enum ${change.enum} removed`;
    case 'enum-added':
      return `enum ${change.enum} added`;
    case 'member-removed':
      return `${target} (${change.before ?? ''}) removed`;
    case 'member-added':
      return `${target} = ${change.after ?? ''} added`;
    case 'member-renamed':
      return `${change.enum}.${change.before ?? ''} renamed to ${change.after ?? ''} (same value)`;
    case 'value-changed':
      return `${target}: value changed from ${change.before ?? ''} to ${change.after ?? ''}`;
    case 'value-type-changed':
      return `${target}: values changed from ${change.before ?? ''}s to ${change.after ?? ''}s`;
    case 'text-changed':
      return `${target}: text changed`;
  }
}
