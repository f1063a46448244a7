// The docs' enums against the SDK's, member by member. An SDK enum is compared with the doc
// enum of its name (or the config's `sdk` name for it); where several docs define that name
// (one per platform), with the one it agrees with most.
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { EnumDef, Member, Model } from '../model/types.js';
import type { SdkEnum, SdkMember } from './sdk.js';

export interface EnumComparison {
  docEnum: EnumDef;
  sdkEnum: SdkEnum;
  agree: number;
  differ: number;
  onlyInSdk: number;
  onlyInDocs: number;
  /** Members whose SDK value is no constant (a macro, an ambient enum member without a value): not compared. */
  unknown: number;
}

export interface Comparison {
  diagnostics: Diagnostic[];
  compared: EnumComparison[];
}

/** `a.b.c`, `a::b::c` and `a$b` alike. */
const dotted = (name: string): string => name.replace(/::|\$/g, '.');

/** Whether the SDK's name names the doc enum: the config's name for it, else the same (qualified) name. */
function names(docEnum: EnumDef, sdkEnum: SdkEnum, mapping: Readonly<Record<string, string>>): boolean {
  const mapped = mapping[`${docEnum.module}.${docEnum.name}`] ?? mapping[docEnum.name];
  const sdkNames = [sdkEnum.name, dotted(sdkEnum.qualifiedName)];
  if (mapped !== undefined) return sdkNames.includes(dotted(mapped)) || dotted(sdkEnum.qualifiedName).endsWith(`.${dotted(mapped)}`);
  const docNames = [docEnum.name, ...(docEnum.originalName ? [dotted(docEnum.originalName)] : [])];
  return docNames.some((name) => sdkNames.includes(name) || dotted(sdkEnum.qualifiedName).endsWith(`.${name}`));
}

export function sameValue(docValue: number | string, sdkValue: bigint | string | undefined): boolean {
  if (sdkValue === undefined) return false;
  if (typeof docValue === 'string' || typeof sdkValue === 'string') return String(docValue) === String(sdkValue);
  return Number.isInteger(docValue) && BigInt(docValue) === sdkValue;
}

export function memberOf(members: readonly SdkMember[], member: Member): SdkMember | undefined {
  return members.find((candidate) => candidate.name === member.name || candidate.name === member.originalName);
}

function countAgreeing(docEnum: EnumDef, sdkEnum: SdkEnum): number {
  return docEnum.members.filter((member) => sameValue(member.value, memberOf(sdkEnum.members, member)?.value)).length;
}

const show = (value: bigint | string | number | undefined): string => (value === undefined ? '(not a constant)' : typeof value === 'string' ? JSON.stringify(value) : String(value));

export function compareWithSdk(model: Model, sdkEnums: readonly SdkEnum[], mapping: Readonly<Record<string, string>>): Comparison {
  const diagnostics: Diagnostic[] = [];
  const compared: EnumComparison[] = [];
  const matched = new Set<EnumDef>();
  for (const sdkEnum of sdkEnums) {
    const candidates = model.enums.filter((docEnum) => names(docEnum, sdkEnum, mapping));
    const docEnum = candidates.reduce<EnumDef | undefined>((best, candidate) => (!best || countAgreeing(candidate, sdkEnum) > countAgreeing(best, sdkEnum) ? candidate : best), undefined);
    const where = `${sdkEnum.file}:${sdkEnum.line}`;
    if (!docEnum) {
      diagnostics.push(createDiagnostic('doc-missing-enum', `${sdkEnum.qualifiedName} (${where}) is in the SDK, but no doc defines it`, sdkEnum.file, { line: sdkEnum.line, column: sdkEnum.column }));
      continue;
    }
    matched.add(docEnum);
    const comparison: EnumComparison = { docEnum, sdkEnum, agree: 0, differ: 0, onlyInSdk: 0, onlyInDocs: 0, unknown: 0 };
    const seen = new Set<SdkMember>();
    for (const member of docEnum.members) {
      const sdkMember = memberOf(sdkEnum.members, member);
      if (!sdkMember) {
        comparison.onlyInDocs++;
        diagnostics.push(createDiagnostic('sdk-missing-member', `${docEnum.name}.${member.name} is in the docs, but ${sdkEnum.qualifiedName} (${where}) has no such member`, member.source.path, member.source));
        continue;
      }
      seen.add(sdkMember);
      if (sdkMember.value === undefined) comparison.unknown++;
      else if (sameValue(member.value, sdkMember.value)) comparison.agree++;
      else {
        comparison.differ++;
        diagnostics.push(
          createDiagnostic(
            'sdk-value-mismatch',
            `${docEnum.name}.${member.name} is ${show(member.value)} in the docs, ${show(sdkMember.value)} in the SDK (${sdkEnum.file}:${sdkMember.line}${sdkMember.valueText ? `: \`${sdkMember.valueText}\`` : ''})`,
            member.source.path,
            member.source,
          ),
        );
      }
    }
    for (const sdkMember of sdkEnum.members.filter((candidate) => !seen.has(candidate))) {
      comparison.onlyInSdk++;
      diagnostics.push(
        createDiagnostic('doc-missing-member', `${sdkEnum.qualifiedName}.${sdkMember.name} = ${show(sdkMember.value)} (${sdkEnum.file}:${sdkMember.line}) is in the SDK, but not in the docs of ${docEnum.name}`, docEnum.source.path, docEnum.source),
      );
    }
    compared.push(comparison);
  }
  for (const docEnum of model.enums.filter((candidate) => !matched.has(candidate))) {
    diagnostics.push(createDiagnostic('sdk-missing-enum', `${docEnum.name} (module ${docEnum.module}) is in the docs, but no SDK file given declares it`, docEnum.source.path, docEnum.source));
  }
  return { diagnostics, compared };
}

/** `ErrorType (module 293538, sdk/im.d.ts): 26 agree, 1 differs, 10 only in the SDK`. */
export function summaryOf(comparison: EnumComparison): string {
  const parts = [`${comparison.agree} agree`];
  if (comparison.differ > 0) parts.push(`${comparison.differ} differ${comparison.differ === 1 ? 's' : ''}`);
  if (comparison.onlyInSdk > 0) parts.push(`${comparison.onlyInSdk} only in the SDK`);
  if (comparison.onlyInDocs > 0) parts.push(`${comparison.onlyInDocs} only in the docs`);
  if (comparison.unknown > 0) parts.push(`${comparison.unknown} not constant in the SDK (not compared)`);
  return `${comparison.docEnum.name} (module ${comparison.docEnum.module}, ${comparison.sdkEnum.file}): ${parts.join(', ')}`;
}
