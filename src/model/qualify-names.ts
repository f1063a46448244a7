// Between pass 1 and pass 2 of a model build: enums that would share a name in one module
// are named by their qualified names instead (with a warning).
import type { EnumDraft, Report } from './draft.js';
import { toDeclarationIdentifier } from './naming.js';

/**
 * Enums of one name in one module (Java nested classes: `VideoEncoderConfig.VideoCodecType`
 * and `LiveTranscoding.VideoConfig.VideoCodecType`) are all named by the shortest tail of
 * their qualified names that tells them apart, joined with `_`: `VideoEncoderConfig_VideoCodecType`.
 */
export function qualifyCollidingNames(drafts: readonly EnumDraft[], report: Report): void {
  const groups = new Map<string, EnumDraft[]>();
  for (const draft of drafts) {
    const key = `${draft.module}\u0000${draft.name}`;
    groups.set(key, [...(groups.get(key) ?? []), draft]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const segments = group.map((draft) => draft.definition.qualifiedName?.split(/\.|::/) ?? []);
    const longest = Math.max(...segments.map((parts) => parts.length));
    for (let count = 2; count <= longest; count++) {
      const names = segments.map((parts) => (parts.length >= count ? toDeclarationIdentifier(parts.slice(-count).join('_')) : undefined));
      if (names.some((name) => name === undefined) || new Set(names).size < names.length) continue;
      group.forEach((draft, index) => {
        const name = names[index] ?? draft.name;
        report('enum-name-qualified', `${group.length} enums are named ${draft.name} in module ${draft.module}; this one is ${name}`, draft.definition.source);
        draft.name = name;
      });
      break;
    }
  }
}
