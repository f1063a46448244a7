// Definitions → Model: names (valid identifiers, no silent collisions), values,
// modules, resolved links; every problem becomes a diagnostic with a position.
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Definition, DocInfo, EnumDef, Member, Model, RawMember, RichText } from './types.js';
import { MODEL_SCHEMA_VERSION } from './types.js';
import { docUrl, resolveLinks } from './links.js';
import { toDeclarationIdentifier, toMemberIdentifier } from './naming.js';
import { parseValue } from './values.js';

export interface BuildOptions {
  docsBaseUrl: string;
  /** Definition names by doc id, for definitions without a heading. */
  names: Readonly<Record<string, string>>;
  /** Module names by doc id. */
  modules: Readonly<Record<string, string>>;
  /** Where `names` comes from, for its diagnostics. */
  configPath: string;
}

export interface DocDefinitions {
  info: DocInfo;
  definitions: Definition[];
}

export interface BuildResult {
  model: Model;
  diagnostics: Diagnostic[];
}

export function buildModel(docs: readonly DocDefinitions[], options: BuildOptions): BuildResult {
  const diagnostics: Diagnostic[] = [];
  const enums: EnumDef[] = [];
  for (const { definitions } of docs) {
    for (const definition of definitions) {
      const built = buildEnum(definition, options, diagnostics);
      if (built) enums.push(built);
    }
  }
  checkEnumNames(enums, diagnostics);
  const known = new Set(docs.map((doc) => doc.info.docId));
  for (const docId of Object.keys(options.names)) {
    if (!known.has(docId)) {
      diagnostics.push(
        createDiagnostic('unknown-doc-in-names', `\`names\` names doc ${docId}, which is not among the docs read`, options.configPath),
      );
    }
  }
  return {
    model: { schemaVersion: MODEL_SCHEMA_VERSION, docs: docs.map((doc) => doc.info), enums },
    diagnostics,
  };
}

function buildEnum(definition: Definition, options: BuildOptions, diagnostics: Diagnostic[]): EnumDef | undefined {
  const { docId, source } = definition;
  const rawName = definition.name ?? options.names[docId];
  if (rawName === undefined) {
    diagnostics.push(createDiagnostic('definition-unnamed', 'The definition has no heading and no name in the config', source.path, source));
    return undefined;
  }
  const members = buildMembers(definition, options, diagnostics);
  if (!members) return undefined;
  const valueType = members.every((member) => typeof member.value === 'number') ? 'number' : 'string';
  const enumDef: EnumDef = {
    name: toDeclarationIdentifier(rawName),
    module: options.modules[docId] ?? docId,
    kind: definition.kind,
    valueType,
    url: docUrl(options.docsBaseUrl, docId, source.anchor),
    source,
    members,
  };
  if (definition.description) enumDef.description = resolveLinks(definition.description, docId, options.docsBaseUrl);
  return enumDef;
}

/** Members with values and identifiers, or undefined when the enum cannot be emitted as one type. */
function buildMembers(definition: Definition, options: BuildOptions, diagnostics: Diagnostic[]): Member[] | undefined {
  const members: Member[] = [];
  const byName = new Map<string, RawMember>();
  const byIdentifier = new Map<string, RawMember>();
  const byValue = new Map<number | string, RawMember>();
  const rich = (text: RichText | undefined): RichText | undefined =>
    text && resolveLinks(text, definition.docId, options.docsBaseUrl);
  for (const raw of definition.members) {
    const value = definition.kind === 'codes' ? ({ ok: true, value: raw.valueText } as const) : parseValue(raw.valueText);
    if (!value.ok) {
      diagnostics.push(createDiagnostic('unparsable-value', `${value.reason} (member ${raw.name})`, raw.valueSource.path, raw.valueSource));
      continue;
    }
    const first = byName.get(raw.name);
    if (first) {
      diagnostics.push(
        createDiagnostic('duplicate-member-name', `Member ${raw.name} is defined twice (first at line ${first.source.line})`, raw.source.path, raw.source),
      );
      continue;
    }
    byName.set(raw.name, raw);
    const name = toMemberIdentifier(raw.name);
    const clash = byIdentifier.get(name);
    if (clash) {
      diagnostics.push(
        createDiagnostic(
          'identifier-collision',
          `Member ${raw.name} becomes identifier ${name}, as does ${clash.name} (line ${clash.source.line})`,
          raw.source.path,
          raw.source,
        ),
      );
      continue;
    }
    byIdentifier.set(name, raw);
    const alias = byValue.get(value.value);
    if (alias) {
      diagnostics.push(
        createDiagnostic(
          'duplicate-value',
          `Member ${raw.name} has the value ${JSON.stringify(value.value)} of ${alias.name} (line ${alias.source.line})`,
          raw.valueSource.path,
          raw.valueSource,
        ),
      );
    } else byValue.set(value.value, raw);
    const member: Member = { name, value: value.value, source: raw.source };
    if (name !== raw.name) member.originalName = raw.name;
    const description = rich(raw.description);
    if (description) member.description = description;
    const solution = rich(raw.solution);
    if (solution) member.solution = solution;
    members.push(member);
  }
  const numbers = members.filter((member) => typeof member.value === 'number');
  if (numbers.length > 0 && numbers.length < members.length) {
    const minorityIsNumber = numbers.length * 2 < members.length;
    const odd = members.find((member) => (typeof member.value === 'number') === minorityIsNumber);
    const at = odd?.source ?? definition.source;
    diagnostics.push(
      createDiagnostic(
        'mixed-value-types',
        `Enum mixes number and string values (${numbers.length} numbers, ${members.length - numbers.length} strings); first odd one: ${odd?.name ?? '?'}`,
        at.path,
        at,
      ),
    );
    return undefined;
  }
  return members;
}

function checkEnumNames(enums: readonly EnumDef[], diagnostics: Diagnostic[]): void {
  const seen = new Map<string, EnumDef>();
  for (const enumDef of enums) {
    const key = `${enumDef.module}\u0000${enumDef.name}`;
    const first = seen.get(key);
    if (first) {
      diagnostics.push(
        createDiagnostic(
          'enum-name-collision',
          `Enum ${enumDef.name} is defined twice in module ${enumDef.module} (first at ${first.source.path}:${first.source.line})`,
          enumDef.source.path,
          enumDef.source,
        ),
      );
    } else seen.set(key, enumDef);
  }
}
