// One product's docs describe the same enums for several platforms (an `ErrorCode` for Web,
// Android, iOS…). A member of one name should have one value in all of them: where docs
// disagree, each place is reported (cross-doc-value-mismatch), naming the others.
import { docIdOf } from '../discover/files.js';
import type { Report } from './draft.js';
import type { EnumDef } from './types.js';

/**
 * Reports members of same-named enums in different docs whose values differ. `families`
 * (family → doc ids) limits the comparison to docs of one family; empty, all docs are one.
 */
export function checkCrossDocValues(enums: readonly EnumDef[], families: Readonly<Record<string, readonly string[]>>, report: Report): void {
  const familyOf = new Map<string, string>();
  for (const [family, docIds] of Object.entries(families)) for (const docId of docIds) familyOf.set(docId, family);
  const grouped = Object.keys(families).length > 0;
  const groups = new Map<string, EnumDef[]>();
  for (const enumDef of enums) {
    const docId = docIdOf(enumDef.source.path);
    const family = grouped ? familyOf.get(docId) : '';
    if (family === undefined) continue;
    const key = `${family}\0${enumDef.name}`;
    groups.set(key, [...(groups.get(key) ?? []), enumDef]);
  }
  for (const group of groups.values()) {
    if (new Set(group.map((enumDef) => enumDef.source.path)).size < 2) continue;
    const byMember = new Map<string, { enumDef: EnumDef; value: number | string; at: EnumDef['members'][number]['source'] }[]>();
    for (const enumDef of group) for (const member of enumDef.members) byMember.set(member.name, [...(byMember.get(member.name) ?? []), { enumDef, value: member.value, at: member.source }]);
    for (const [name, places] of byMember) {
      if (new Set(places.map((place) => JSON.stringify(place.value))).size < 2) continue;
      for (const place of places) {
        const others = places.filter((other) => other.at.path !== place.at.path && JSON.stringify(other.value) !== JSON.stringify(place.value));
        if (others.length === 0) continue;
        const listed = others.slice(0, 3).map((other) => `${JSON.stringify(other.value)} in ${other.at.path}:${other.at.line}`).join(', ');
        const more = others.length > 3 ? ` and ${others.length - 3} more` : '';
        report('cross-doc-value-mismatch', `${place.enumDef.name}.${name} is ${JSON.stringify(place.value)} here, but ${listed}${more}`, place.at);
      }
    }
  }
}
