// The mark `verify --fix` writes where the SDK gave no description for a row it added: every
// run reports it (description-placeholder), so no row that nobody has written ships unnoticed.
import type { Report } from './draft.js';
import type { EnumDef } from './types.js';

export const PLACEHOLDER_MARK = 'TODO(doc-codegen):';

/** A warning for each member whose description or solution still holds the mark. */
export function checkPlaceholders(enums: readonly EnumDef[], report: Report): void {
  for (const enumDef of enums) {
    for (const member of enumDef.members) {
      if (member.description?.text.includes(PLACEHOLDER_MARK) || member.solution?.text.includes(PLACEHOLDER_MARK)) {
        report('description-placeholder', `${enumDef.name}.${member.name} has no description yet: its row was added from the SDK, which documents nothing for it`, member.source);
      }
    }
  }
}
