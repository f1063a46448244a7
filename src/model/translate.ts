// Translations: the model of translated docs (same doc ids, same tables in another
// language) merged onto the model of the docs, by module, enum name and member name.
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { EnumDef, Model, Translation } from './types.js';

export function mergeTranslation(model: Model, locale: string, translated: Model): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const enums = new Map(model.enums.map((enumDef) => [`${enumDef.module}\u0000${enumDef.name}`, enumDef]));
  for (const other of translated.enums) {
    const target = enums.get(`${other.module}\u0000${other.name}`);
    if (!target) {
      diagnostics.push(
        createDiagnostic('translation-orphan', `Translated enum ${other.name} (${locale}) has no enum of that name in module ${other.module}`, other.source.path, other.source),
      );
      continue;
    }
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
  }
  return diagnostics;
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
