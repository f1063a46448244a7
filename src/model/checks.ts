// Pass 3's checks across enums: module names that are not one file twice, exported names
// unique per module, links that reach a doc and an anchor it has.
import { CATALOG_TYPE_NAME, exportedNames, whyNotAFileName } from './naming.js';
import type { DocDefinitions, LinkUse, Report } from './draft.js';
import type { ModelMemo } from './memo.js';
import type { EnumDef } from './types.js';


/**
 * Within a module, every name the emitters export (enums and their helpers) must be
 * unique: `ErrorType` and `ErrorTypeName` would both want `ErrorTypeName`. Returns the enums
 * kept: an enum whose names clash is reported and left out.
 */
export function checkExportedNames(enums: readonly EnumDef[], report: Report, memo: ModelMemo): EnumDef[] {
  // Module → exported name → enum.
  const owners = new Map<string, Map<string, EnumDef>>();
  /** Module names by their lower case: file systems that fold case (macOS, Windows) take two for one file. */
  const folded = new Map<string, EnumDef>();
  const kept: EnumDef[] = [];
  for (const enumDef of enums) {
    const tooLong = whyNotAFileName(enumDef.name);
    if (tooLong) {
      report('identifier-invalid', tooLong, enumDef.source);
      continue;
    }
    const sameFile = folded.get(enumDef.module.toLowerCase()) ?? enumDef;
    if (sameFile.module !== enumDef.module) {
      report('module-name-invalid', `Module ${enumDef.module} differs from module ${sameFile.module} (${sameFile.source.path}) only by case: on macOS and Windows they are one file`, enumDef.source);
      continue;
    }
    folded.set(enumDef.module.toLowerCase(), enumDef);
    const names = memo.exportedNames(enumDef, () => exportedNames(enumDef.name));
    if (names.includes(CATALOG_TYPE_NAME)) {
      report('enum-name-collision', `Enum ${enumDef.name} would need the name ${CATALOG_TYPE_NAME}, which every module uses for catalog entries`, enumDef.source);
      continue;
    }
    let inModule = owners.get(enumDef.module);
    if (!inModule) owners.set(enumDef.module, (inModule = new Map()));
    const taken = inModule;
    const clash = names.map((name) => taken.get(name)).find(Boolean);
    if (clash) {
      const what = clash.name === enumDef.name ? `Enum ${enumDef.name} is defined twice` : `Enum ${enumDef.name} and enum ${clash.name} need the same exported names`;
      report('enum-name-collision', `${what} in module ${enumDef.module} (first at ${clash.source.path}:${clash.source.line})`, enumDef.source);
      continue;
    }
    for (const name of names) taken.set(name, enumDef);
    kept.push(enumDef);
  }
  return kept;
}

/** Links into the doc set must reach a doc that was read and an anchor it has. */
export function checkLinks(enums: readonly EnumDef[], docs: readonly DocDefinitions[], toUnreadDocs: boolean, report: Report, memo: ModelMemo): void {
  const byId = new Map(docs.map((doc) => [doc.info.docId, doc]));
  // Only the docs linked to need their anchors as a set.
  const anchorsOf = (doc: DocDefinitions): ReadonlySet<string> => memo.anchors(doc.anchors, () => new Set(doc.anchors));
  for (const enumDef of enums) {
    for (const link of memo.links(enumDef, () => linksOf(enumDef))) {
      const target = byId.get(link.docId);
      if (!target) {
        if (toUnreadDocs) report('broken-link', `Link "${link.text}" points to doc ${link.docId}, which is not among the docs read`, link.at);
      } else if (link.anchor !== undefined && !anchorsOf(target).has(link.anchor)) {
        report('broken-link', `Link "${link.text}" points to #${link.anchor}, which doc ${link.docId} does not have`, link.at);
      }
    }
  }
}

/** The links into the doc set in an enum's description and its members' texts, in order. */
function linksOf(enumDef: EnumDef): readonly LinkUse[] {
  const texts = [
    { text: enumDef.description, at: enumDef.source },
    ...enumDef.members.flatMap((member) => [
      { text: member.description, at: member.source },
      { text: member.solution, at: member.source },
    ]),
  ];
  const links: LinkUse[] = [];
  for (const { text, at } of texts) {
    for (const link of text?.links ?? []) {
      if (link.docId !== undefined) links.push({ docId: link.docId, anchor: link.anchor, text: link.text, at });
    }
  }
  return links;
}
