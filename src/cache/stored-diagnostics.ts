// Diagnostics as plain data, for the cache files and across worker threads (vfile messages
// are class instances): each is rebuilt from its rule id, so severity and advice are today's.
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { RULES, type RuleId } from '../diagnostics/rules.js';

export interface StoredDiagnostic {
  ruleId: RuleId;
  reason: string;
  file: string;
  place?: { line: number; column: number; end?: { line: number; column: number } };
  /** The text that should stand in the place (a fix). */
  expected?: string[];
}

export function storeDiagnostics(diagnostics: readonly Diagnostic[]): StoredDiagnostic[] {
  return diagnostics.map((diagnostic) => {
    const stored: StoredDiagnostic = { ruleId: diagnostic.ruleId as RuleId, reason: diagnostic.reason, file: diagnostic.file ?? '' };
    const place = diagnostic.place;
    if (place && 'start' in place) stored.place = { ...place.start, end: place.end };
    else if (place) stored.place = { line: place.line, column: place.column };
    if (diagnostic.expected) stored.expected = [...diagnostic.expected];
    return stored;
  });
}

/** The diagnostics of stored data, or undefined when any does not look like one (an unknown rule). */
export function restoreDiagnostics(stored: unknown): Diagnostic[] | undefined {
  if (!Array.isArray(stored)) return undefined;
  const diagnostics: Diagnostic[] = [];
  for (const entry of stored as StoredDiagnostic[]) {
    if (typeof entry !== 'object' || entry === null || !(entry.ruleId in RULES)) return undefined;
    const place = entry.place && { line: entry.place.line, column: entry.place.column, end: entry.place.end };
    const diagnostic = createDiagnostic(entry.ruleId, entry.reason, entry.file, place);
    if (Array.isArray(entry.expected)) diagnostic.expected = entry.expected.filter((text) => typeof text === 'string');
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}
