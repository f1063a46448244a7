// Message catalogs: one entry per member and locale, decided here once and written as
// TypeScript (enums.ts), i18next namespaces and ICU MessageFormat catalogs for FormatJS.
import type { EnumDef, Member } from '../model/types.js';
import { generatedNotice } from './header.js';
import { jsonText } from './json.js';

export interface CatalogEntry {
  message: string;
  solution?: string;
  /** The doc's other columns for the member, by header (model.json's `attributes`). */
  attributes?: Record<string, string>;
}

/**
 * A member's entry in `locale`. The docs' own locale (`locales[0]`) always has one (the
 * description, or the member's name when the docs give none); another locale has one only
 * where its translated doc gives a description.
 */
export function catalogEntry(member: Member, locale: string, locales: readonly string[]): CatalogEntry | undefined {
  let entry: CatalogEntry;
  if (locale === locales[0]) {
    entry = { message: member.description?.text ?? member.name };
    if (member.solution) entry.solution = member.solution.text;
  } else {
    const translation = member.translations?.[locale];
    if (!translation?.description) return undefined;
    entry = { message: translation.description.text };
    if (translation.solution) entry.solution = translation.solution.text;
  }
  // Null prototype: headers come from docs and must never reach Object.prototype.
  if (member.attributes) entry.attributes = Object.assign(Object.create(null) as Record<string, string>, member.attributes);
  return entry;
}

/** Members with distinct values, first wins: maps and catalogs are keyed by value. */
export function firstOfEachValue(members: readonly Member[]): Member[] {
  const seen = new Set<number | string>();
  return members.filter((member) => !seen.has(member.value) && seen.add(member.value));
}

function notice(enums: readonly EnumDef[]): string {
  return generatedNotice([...new Set(enums.map((enumDef) => enumDef.source.path))]);
}

/**
 * A module's catalog in one locale as an i18next namespace: { Enum: { Member: { message, solution } } }.
 * Keys are identifiers, so i18next's `.` and `:` separators never split them. Only the locale's
 * own entries: i18next's fallbackLng supplies the rest.
 */
export function i18nextJson(enums: readonly EnumDef[], locale: string, locales: readonly string[]): string {
  // Null prototypes: member names come from docs and must never reach Object.prototype.
  const namespace: Record<string, Record<string, CatalogEntry>> = Object.create(null);
  for (const enumDef of enums) {
    const entries: Record<string, CatalogEntry> = Object.create(null);
    for (const member of firstOfEachValue(enumDef.members)) {
      const entry = catalogEntry(member, locale, locales);
      if (entry) entries[member.name] = entry;
    }
    namespace[enumDef.name] = entries;
  }
  return jsonText({ $comment: notice(enums), ...namespace });
}

/**
 * ICU MessageFormat text that formats back to `text`: every apostrophe doubled, and runs
 * of `{`, `}`, `<`, `>` (FormatJS reads tags) quoted.
 */
export function icuEscape(text: string): string {
  return text.replace(/'/g, "''").replace(/[{}<>]+/g, (run) => `'${run}'`);
}

/** A module's catalog in one locale for FormatJS: flat ids `Enum.Member` and `Enum.Member.solution`. */
export function icuJson(enums: readonly EnumDef[], locale: string, locales: readonly string[]): string {
  const messages: Record<string, string> = Object.create(null);
  for (const enumDef of enums) {
    for (const member of firstOfEachValue(enumDef.members)) {
      const entry = catalogEntry(member, locale, locales);
      if (!entry) continue;
      messages[`${enumDef.name}.${member.name}`] = icuEscape(entry.message);
      if (entry.solution !== undefined) messages[`${enumDef.name}.${member.name}.solution`] = icuEscape(entry.solution);
    }
  }
  return jsonText({ $comment: notice(enums), ...messages });
}
