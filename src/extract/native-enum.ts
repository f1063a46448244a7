// Native-SDK enum sections (C++, Java, Objective-C, C#):
//   <span id="EditType"></span>
//   # EditType
//   ```java
//   public enum com.ss.video.byteboard.constant.WhiteBoardDefine.EditType
//   ```
//   白板工具                       ← description
//   ## 枚举值                      ← also ###
//   | 类型 | 值 | 说明 |            ← or Java style: | 类型 | 说明 | with **NAME(value)**
import type { Heading, Paragraph } from 'mdast';
import { createDiagnostic } from '../diagnostics/diagnostic.js';
import type { Definition } from '../model/types.js';
import { joinParagraphs, plainText, richText, sourceAt } from './cells.js';
import { membersFromTable } from './members.js';
import type { Recognizer } from './recognizer.js';
import { flowContainers, sectionsOf, tablesIn, type Section } from './sections.js';
import { readTable } from './table.js';

const ENUM_VALUES_HEADING = /^枚举值$/;
/** Generated reference pages end sections with where the type is defined; that is not a description. */
const DEFINED_IN = /^Defined in\b/i;

export const nativeEnum: Recognizer = (document, context) => {
  const definitions: Definition[] = [];
  for (const sections of flowContainers(document.mdast).map(sectionsOf)) sections.forEach((section, index) => {
    if (!ENUM_VALUES_HEADING.test(section.name)) return;
    const owner = ownerOf(sections, index);
    const at = sourceAt(document.path, section.heading);
    if (!owner) {
      context.diagnostics.push(createDiagnostic('definition-unnamed', 'An 枚举值 section has no enclosing heading to name it', document.path, at));
      return;
    }
    const source = sourceAt(document.path, owner.heading, owner.anchor);
    const table = tablesIn(section.ownNodes)[0];
    if (!table) {
      context.diagnostics.push(createDiagnostic('definition-without-table', `Enum "${owner.name}" has an 枚举值 heading but no table`, document.path, at));
      return;
    }
    if (context.claimed.has(table)) return;
    context.claimed.add(table);
    const read = readTable(table, context.synonyms, document, context.diagnostics, { marked: true });
    const { layout } = read.inference;
    if (layout.name === -1) {
      context.diagnostics.push(
        createDiagnostic(
          'table-missing-column',
          `Member table of "${owner.name}" has no name column (header: ${read.headers.join(' | ')})`,
          document.path,
          sourceAt(document.path, table),
        ),
      );
      return;
    }
    const definition: Definition = {
      kind: 'enum',
      name: owner.name,
      docId: document.docId,
      source,
      members: membersFromTable(read, document.path, owner.anchor, context.diagnostics),
      recognizer: layout.valueInName ? 'native-enum (value in name)' : 'native-enum',
    };
    const qualifiedName = qualifiedNameIn(owner, owner.name);
    if (qualifiedName) definition.qualifiedName = qualifiedName;
    if (declaresUnsigned(owner)) definition.unsigned = true;
    const description = joinParagraphs(
      owner.ownNodes
        .filter((node): node is Paragraph => node.type === 'paragraph')
        .filter((paragraph) => !DEFINED_IN.test(plainText(paragraph.children)))
        .map((paragraph) => richText(paragraph.children)),
    );
    if (description) definition.description = description;
    definitions.push(definition);
  });
  return definitions;
};

/** `public enum com.ss.bytertc.engine.VideoEncoderConfig.VideoCodecType` → the dotted name ending in `name`. */
function qualifiedNameIn(owner: Section, name: string): string | undefined {
  const code = owner.ownNodes.find((node) => node.type === 'code');
  if (code?.type !== 'code') return undefined;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`([\\w$]+(?:(?:\\.|::)[\\w$]+)*(?:\\.|::))${escaped}\\b`).exec(code.value);
  return match ? `${match[1]}${name}` : undefined;
}

const UNSIGNED_TYPE = /\b(?:NSUInteger|unsigned|uint(?:8|16|32|64)?_t|UInt(?:8|16|32|64)?)\b/;

function declaresUnsigned(owner: Section): boolean {
  const code = owner.ownNodes.find((node) => node.type === 'code');
  return code?.type === 'code' && UNSIGNED_TYPE.test(code.value);
}

/** The nearest earlier section whose heading is of a higher level: the type the values belong to. */
function ownerOf(sections: readonly Section[], index: number): Section | undefined {
  const depth: Heading['depth'] | undefined = sections[index]?.heading.depth;
  if (depth === undefined) return undefined;
  for (let i = index - 1; i >= 0; i--) {
    const candidate = sections[i];
    if (candidate && candidate.heading.depth < depth) return candidate;
  }
  return undefined;
}
