// Definitions → Model, in three passes:
//   1. drafts: names (valid identifiers, no silent collisions) and parsed value expressions;
//   2. values: every expression evaluated, references resolved across all enums;
//   3. checks: duplicate values, mixed types, helper-name collisions.
// Every problem becomes a diagnostic with a position.
import { plural } from '../util/plural.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { RuleId } from '../diagnostics/rules.js';
import { docUrl, resolveLinks } from './links.js';
import { optional } from '../util/optional.js';
import { checkExportedNames, checkLinks } from './checks.js';
import { checkCrossDocValues } from './cross-doc.js';
import { checkPlaceholders } from './placeholder.js';
import { evaluateValues } from './evaluate-values.js';
import { qualifyCollidingNames } from './qualify-names.js';
import { copyDraft, sameValues, type DocDefinitions, type EnumDraft, type FinishedEnum, type MemberDraft, type PreparedDraft, type Report } from './draft.js';
import { NO_MEMO, type ModelMemo } from './memo.js';
import { isSentence, nameForSentence, whyNotAModuleName, toDeclarationIdentifier, toMemberIdentifier } from './naming.js';
import type { Definition, EnumDef, Member, Model, RawMember, SourceRef } from './types.js';
import { MODEL_SCHEMA_VERSION } from './types.js';
import { codeValue, isHexCode, isPlainLiteral, parseValueExpression, toModelValue } from './values.js';

export interface BuildOptions {
  /** Without it, links into the doc set and the enums' pages have no URL. */
  docsBaseUrl?: string;
  /** Definition names by doc id, for definitions without a heading. */
  names: Readonly<Record<string, string>>;
  /** Module names by doc id. */
  modules: Readonly<Record<string, string>>;
  /** Where `names` comes from, for its diagnostics. */
  configPath: string;
  /** Values of names the docs use but do not define (`GLES10.GL_TEXTURE_2D`). */
  constants: Readonly<Record<string, number | string>>;
  /** Whether every doc of the set was read; when only some were, links to and names of the others are not checked. */
  wholeDocSet: boolean;
  locales: string[];
  fallback: Record<string, string[]>;
  /** Compare same-named enums across docs (config crossDocCheck): false, or the platform families (empty: all docs one family). */
  crossDoc: false | Readonly<Record<string, readonly string[]>>;
}


export interface BuildResult {
  model: Model;
  diagnostics: Diagnostic[];
}

export function buildModel(docs: readonly DocDefinitions[], options: BuildOptions, memo: ModelMemo = NO_MEMO): BuildResult {
  const diagnostics: Diagnostic[] = [];
  const report = (ruleId: RuleId, reason: string, at: SourceRef): void => {
    diagnostics.push(createDiagnostic(ruleId, reason, at.path, at));
  };

  const drafts: EnumDraft[] = [];
  for (const { definitions } of docs) {
    for (const definition of definitions) {
      const prepared = prepareDraft(definition, options, memo);
      for (const diagnostic of prepared.diagnostics) diagnostics.push(diagnostic);
      if (prepared.template) drafts.push(copyDraft(prepared.template));
    }
  }
  qualifyCollidingNames(drafts, report);
  evaluateValues(drafts, options.constants, report);

  const finishedEnums: EnumDef[] = [];
  for (const draft of drafts) {
    const finished = finishOnce(draft, options, memo);
    for (const diagnostic of finished.diagnostics) diagnostics.push(diagnostic);
    if (finished.enumDef) finishedEnums.push(finished.enumDef);
  }
  const enums = checkExportedNames(finishedEnums, report, memo);
  checkLinks(enums, docs, options.wholeDocSet, report, memo);
  checkPlaceholders(enums, report);
  // Across docs only when every doc is read (a lint of some docs compares nothing).
  if (options.wholeDocSet && options.crossDoc !== false) checkCrossDocValues(enums, options.crossDoc, report);
  const known = new Set(docs.map((doc) => doc.info.docId));
  for (const docId of options.wholeDocSet ? Object.keys(options.names) : []) {
    if (!known.has(docId)) {
      report('unknown-doc-in-names', `\`names\` names doc ${docId}, which is not among the docs read`, { path: options.configPath, line: 1, column: 1 });
    }
  }
  return {
    model: { schemaVersion: MODEL_SCHEMA_VERSION, locales: options.locales, fallback: options.fallback, docs: docs.map((doc) => doc.info), enums },
    diagnostics,
  };
}



/** A source as the model keeps it: no end (that is for diagnostics only). */
function modelSource(source: SourceRef): SourceRef {
  const { end: _end, ...kept } = source;
  return kept;
}

function withoutAliases(raw: RawMember): RawMember {
  const { aliases: _aliases, ...rest } = raw;
  return rest;
}


/** A report into `diagnostics`. */
function collectInto(diagnostics: Diagnostic[]): Report {
  return (ruleId, reason, at) => void diagnostics.push(createDiagnostic(ruleId, reason, at.path, at));
}

/** Pass 1 for one definition, or its result from the memo when its name and module are as before. */
function prepareDraft(definition: Definition, options: BuildOptions, memo: ModelMemo): PreparedDraft {
  // A heading that reads as a sentence gives way to the config's name for the doc.
  const configName = options.names[definition.docId];
  const rawName = definition.name === undefined || (isSentence(definition.name) && configName !== undefined) ? configName : definition.name;
  const module = options.modules[definition.docId] ?? definition.docId;
  const make = (): PreparedDraft => {
    const diagnostics: Diagnostic[] = [];
    return { rawName, module, template: draftEnum(definition, rawName, module, collectInto(diagnostics)), diagnostics };
  };
  return memo.drafts(definition, make, (known) => known.rawName === rawName && known.module === module);
}

/** Pass 3 for one draft, or the very EnumDef of an earlier build when the draft came out the same. */
function finishOnce(draft: EnumDraft, options: BuildOptions, memo: ModelMemo): FinishedEnum {
  const values = draft.members.map((member) => member.value);
  const make = (): FinishedEnum => {
    const diagnostics: Diagnostic[] = [];
    const enumDef = finishEnum(draft, options, collectInto(diagnostics));
    return { name: draft.name, docsBaseUrl: options.docsBaseUrl, values, enumDef, diagnostics };
  };
  return memo.enums(draft.definition, make, (known) => known.name === draft.name && known.docsBaseUrl === options.docsBaseUrl && sameValues(known.values, values));
}

/** Whether `rawName` can name an enum and `module` a module; what cannot is reported. */
function nameAndModuleHold(definition: Definition, rawName: string | undefined, module: string, report: Report): rawName is string {
  if (rawName === undefined) {
    report('definition-unnamed', `The definition has no heading and no name in the config, e.g. "names": { "${definition.docId}": "Name" }`, definition.source);
    return false;
  }
  const notAModule = whyNotAModuleName(module, definition.docId);
  if (notAModule) {
    report('module-name-invalid', notAModule, definition.source);
    return false;
  }
  if (isSentence(rawName)) {
    const suggested = nameForSentence(rawName, definition.docId);
    report(
      'definition-name-sentence',
      `Heading "${rawName}" reads as a sentence, not a name; name the definition in the config, e.g. "names": { "${definition.docId}": "${suggested}" }`,
      definition.source,
    );
  }
  if (!/[\p{L}\p{N}]/u.test(rawName)) {
    report('identifier-invalid', `Enum name \`${rawName}\` has no letter or digit to make an identifier of`, definition.source);
    return false;
  }
  return true;
}

/** `rawName` and `module`: the definition's, or the config's for its doc. */
function draftEnum(definition: Definition, rawName: string | undefined, module: string, report: Report): EnumDraft | undefined {
  if (!nameAndModuleHold(definition, rawName, module, report)) return undefined;
  const draft: EnumDraft = { definition, name: toDeclarationIdentifier(rawName), rawName, module, members: [], byName: new Map() };
  let implicit = 0;
  const byOriginal = new Map<string, RawMember>();
  const byIdentifier = new Map<string, RawMember>();
  // An alias (a second name in a row's name cell) is a member of its own, of the same value.
  const raws = definition.members.flatMap((raw) => [raw, ...(raw.aliases ?? []).map((alias): RawMember => ({ ...withoutAliases(raw), name: alias, aliasOf: raw.name }))]);
  for (const raw of raws) {
    const first = byOriginal.get(raw.name);
    if (first) {
      report('duplicate-member-name', `Member ${raw.name} is defined twice (first at line ${first.source.line})`, raw.nameSource);
      continue;
    }
    byOriginal.set(raw.name, raw);
    const name = toMemberIdentifier(raw.name);
    if (!/[\p{L}\p{N}]/u.test(name)) {
      report('identifier-invalid', `Member name \`${raw.name}\` has no letter or digit to make an identifier of`, raw.nameSource);
      continue;
    }
    const clash = byIdentifier.get(name);
    if (clash) {
      report('identifier-collision', `Member ${raw.name} becomes identifier ${name}, as does ${clash.name} (line ${clash.source.line})`, raw.nameSource);
      continue;
    }
    byIdentifier.set(name, raw);
    const member = draftMember(raw, name, definition.kind, draft.members.at(-1), report);
    if (member.implicitAfter && implicit++ === 0) {
      report('value-implicit', `${raw.name} has no value: it takes the previous value + 1, as the enums of C, Java and TypeScript do`, raw.valueSource);
    }
    draft.members.push(member);
    draft.byName.set(raw.name, member);
    draft.byName.set(name, member);
  }
  return draft;
}

/** A member's value as far as pass 1 gets: a code, a literal, an expression for pass 2, or implicit (after `previous`). */
function draftMember(raw: RawMember, name: string, kind: Definition['kind'], previous: MemberDraft | undefined, report: Report): MemberDraft {
  const member: MemberDraft = { raw, name, state: 'new' };
  if (kind === 'codes') {
    // A code is its own value, whatever characters it has; decimal and hex codes are numbers.
    member.value = codeValue(raw.valueText);
    member.state = 'done';
  } else if (raw.valueText.trim() === '') {
    member.implicitAfter = previous ?? 'first';
  } else {
    const parsed = parseValueExpression(raw.valueText);
    if (parsed.ok) {
      member.expression = parsed.value;
      // A lone number or string needs no pass 2 (most values are).
      const literal = parsed.value.kind === 'integer' || parsed.value.kind === 'string' ? toModelValue(parsed.value.value) : undefined;
      if (literal?.ok) {
        member.value = literal.value;
        member.state = 'done';
      }
    } else {
      report('unparsable-value', `${parsed.reason} (member ${raw.name})`, raw.valueSource);
      member.state = 'done';
    }
  }
  return member;
}

/** Resolves a text's links; `at` is where the text is, for a link it drops. */
type RichResolver = <T extends Member['description']>(text: T, at: SourceRef) => T | undefined;

/** A member of the model from its draft and value: texts with links resolved, the doc's extras kept. */
function finishMember(draftMember: MemberDraft, value: number | string, draft: EnumDraft, rich: RichResolver): Member {
  const { raw } = draftMember;
  const member: Member = { name: draftMember.name, value, source: modelSource(raw.source) };
  if (draftMember.name !== raw.name) member.originalName = raw.name;
  if (draftMember.expression && !isPlainLiteral(draftMember.expression)) member.valueText = raw.valueText.trim();
  else if (draft.definition.kind === 'codes' && isHexCode(raw.valueText)) member.valueText = raw.valueText;
  if (raw.aliasOf !== undefined) member.aliasOf = draft.byName.get(raw.aliasOf)?.name ?? raw.aliasOf;
  if (raw.attributes) member.attributes = { ...raw.attributes };
  const description = rich(raw.description, raw.source);
  if (description) member.description = description;
  const solution = rich(raw.solution, raw.source);
  if (solution) member.solution = solution;
  if (raw.label !== undefined) member.label = raw.label;
  if (raw.deprecated) member.deprecated = true;
  return member;
}

/** Pass 3: the EnumDef, or undefined when its values cannot make one type. */
function finishEnum(draft: EnumDraft, options: BuildOptions, report: Report): EnumDef | undefined {
  const { definition } = draft;
  const rich: RichResolver = (text, at) =>
    text &&
    (resolveLinks(text, definition.docId, options.docsBaseUrl, (link, scheme) =>
      report('link-dropped', `Link "${link.text}" is a ${scheme}: link; only http(s), mailto and links into the doc set are kept: its text stays, the link is dropped`, at),
    ) as typeof text);
  const members: Member[] = [];
  /** Each member's value cell, for a report on its value. */
  const valueCells: SourceRef[] = [];
  const byValue = new Map<number | string, MemberDraft>();
  for (const draftMember of draft.members) {
    const { raw, value } = draftMember;
    if (value === undefined) continue;
    if (definition.unsigned && typeof value === 'number' && value < 0) {
      report('value-out-of-range', `${raw.name} is ${value}, but ${draft.name} is declared unsigned`, raw.valueSource);
      continue;
    }
    const alias = byValue.get(value);
    if (alias && raw.aliasOf === undefined) {
      report('duplicate-value', `Member ${raw.name} has the value ${JSON.stringify(value)} of ${alias.raw.name} (line ${alias.raw.source.line})`, raw.valueSource);
    } else byValue.set(value, draftMember);
    const member = finishMember(draftMember, value, draft, rich);
    members.push(member);
    valueCells.push(raw.valueSource);
  }
  const numbers = members.filter((member) => typeof member.value === 'number').length;
  if (numbers > 0 && numbers < members.length) {
    const minorityIsNumber = numbers * 2 < members.length;
    const odd = members.findIndex((member) => (typeof member.value === 'number') === minorityIsNumber);
    report(
      'mixed-value-types',
      `Enum ${draft.name} mixes number and string values (${plural(numbers, 'number')}, ${plural(members.length - numbers, 'string')}); first odd one: ${members[odd]?.name ?? '?'}`,
      valueCells[odd] ?? definition.source,
    );
    return undefined;
  }
  if (members.length === 0) {
    report('table-empty', `Enum ${draft.name} has no members`, definition.source);
    return undefined;
  }
  const enumDef: EnumDef = {
    name: draft.name,
    module: draft.module,
    kind: definition.kind,
    valueType: numbers > 0 ? 'number' : 'string',
    ...optional('url', docUrl(options.docsBaseUrl, definition.docId, definition.source.anchor)),
    source: modelSource(definition.source),
    members,
  };
  if (draft.rawName !== draft.name) enumDef.originalName = draft.rawName;
  const description = rich(definition.description, definition.source);
  if (description) enumDef.description = description;
  if (definition.columns) enumDef.columns = definition.columns.map((column) => ({ ...column }));
  return enumDef;
}
