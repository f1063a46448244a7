// Translations: the model of translated docs (same doc ids, same tables in another
// language) merged onto the model of the docs, by module, enum name and member name.
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { TranslatedEnum } from './draft.js';
import { NO_MEMO, type ModelMemo } from './memo.js';
import type { EnumDef, Model, Translation } from './types.js';

/**
 * Merges `translated` onto `model`, replacing each translated enum of `model.enums` with a
 * translated copy: the model's enums may be shared with earlier builds (model/build.ts
 * ModelMemo) and are never changed. An enum and translation the memo met before give the
 * copy made then.
 */
export function mergeTranslation(model: Model, locale: string, translated: Model, memo: ModelMemo = NO_MEMO): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const positions = new Map(model.enums.map((enumDef, position) => [`${enumDef.module}\u0000${enumDef.name}`, position]));
  for (const other of translated.enums) {
    const position = positions.get(`${other.module}\u0000${other.name}`);
    const shared = position === undefined ? undefined : model.enums[position];
    if (position === undefined || !shared) {
      diagnostics.push(
        createDiagnostic('translation-orphan', `Translated enum ${other.name} (${locale}) has no enum of that name in module ${other.module}`, other.source.path, other.source),
      );
      continue;
    }
    const merged = memo.translated(shared, () => translateEnum(shared, locale, other), (known) => known.locale === locale && known.from === other);
    model.enums[position] = merged.enumDef;
    diagnostics.push(...merged.diagnostics);
  }
  return diagnostics;
}

function translateEnum(shared: EnumDef, locale: string, other: EnumDef): TranslatedEnum {
  const diagnostics: Diagnostic[] = [];
  const target: EnumDef = { ...shared, members: shared.members.map((member) => ({ ...member })) };
  if (other.description) setTranslation(target, locale, { description: other.description });
  const members = new Map(target.members.map((member) => [member.name, member]));
  for (const member of other.members) {
    const original = members.get(member.name);
    if (!original) {
      diagnostics.push(
        createDiagnostic('translation-orphan', `Translated member ${other.name}.${member.name} (${locale}) has no member of that name`, member.source.path, member.source),
      );
      continue;
    }
    if (original.value !== member.value) {
      diagnostics.push(
        createDiagnostic(
          'translation-value-mismatch',
          `${other.name}.${member.name} is ${JSON.stringify(member.value)} in the ${locale} doc but ${JSON.stringify(original.value)} in ${original.source.path}`,
          member.source.path,
          member.source,
        ),
      );
    }
    const text: Translation = {};
    if (member.description) text.description = member.description;
    if (member.solution) text.solution = member.solution;
    if (text.description || text.solution) setTranslation(original, locale, text);
  }
  return { locale, from: other, enumDef: target, diagnostics };
}

function setTranslation(target: Pick<EnumDef, 'translations'>, locale: string, text: Translation): void {
  target.translations = { ...target.translations, [locale]: text };
}

export interface MissingTranslations {
  locale: string;
  /** Messages in the docs' locale. */
  total: number;
  /** Members with no message in this locale, by module and enum. */
  missing: { module: string; enum: string; members: string[] }[];
}

/** For every translated locale: which members have no translated message. */
export function missingTranslations(model: Model): MissingTranslations[] {
  const total = model.enums.reduce((sum, enumDef) => sum + enumDef.members.length, 0);
  return model.locales.slice(1).map((locale) => ({
    locale,
    total,
    missing: model.enums
      .map((enumDef) => ({
        module: enumDef.module,
        enum: enumDef.name,
        members: enumDef.members.filter((member) => !member.translations?.[locale]?.description).map((member) => member.name),
      }))
      .filter((entry) => entry.members.length > 0),
  }));
}
