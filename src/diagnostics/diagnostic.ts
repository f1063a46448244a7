import { VFileMessage } from 'vfile-message';
import { RULES, ruleUrl, type RuleId, type Severity } from './rules.js';
import { compareText } from '../util/order.js';

export const DIAGNOSTIC_SOURCE = 'doc-codegen';

/** A 1-based line and column (structurally the model's `Point`; diagnostics depend on nothing of the model). */
export interface Point {
  line: number;
  column: number;
}

/** A vfile message; `fatal` is true for errors, false for warnings, undefined for info (vfile's convention). */
export type Diagnostic = VFileMessage;

export interface Place {
  start: Point;
  end?: Point;
}

/** Makes the diagnostic of `ruleId` at `place` in `path`; the rule's advice is the `note`. */
export function createDiagnostic(ruleId: RuleId, reason: string, path: string, place?: Place | (Point & { end?: Point })): Diagnostic {
  const message = new VFileMessage(reason, { place: toUnistPlace(place), ruleId, source: DIAGNOSTIC_SOURCE });
  const rule = RULES[ruleId];
  message.file = path;
  message.fatal = severityToFatal(rule.severity);
  message.note = rule.fix;
  message.url = ruleUrl(ruleId);
  return message;
}

function toUnistPlace(place: Place | (Point & { end?: Point }) | undefined): Point | { start: Point; end: Point } | undefined {
  if (place === undefined) return undefined;
  if (!('start' in place)) {
    const start = { line: place.line, column: place.column };
    return place.end ? { start, end: { line: place.end.line, column: place.end.column } } : start;
  }
  return place.end ? { start: place.start, end: place.end } : { line: place.start.line, column: place.start.column };
}

export function severityOf(diagnostic: Diagnostic): Severity {
  if (diagnostic.fatal === true) return 'error';
  if (diagnostic.fatal === false) return 'warning';
  return 'info';
}

function severityToFatal(severity: Severity): boolean | undefined {
  if (severity === 'error') return true;
  if (severity === 'warning') return false;
  return undefined;
}

/**
 * The warnings that --max-warnings counts: about the docs. `cache-unusable` is about the
 * machine, and a run with it writes what a run without the cache writes.
 */
export function countedWarnings(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((diagnostic) => diagnostic.fatal === false && diagnostic.ruleId !== 'cache-unusable').length;
}

/** `diagnostics` linked to the config's `rulesUrl` when it has one (in place; the same array back). */
export function linkRules<T extends readonly Diagnostic[]>(diagnostics: T, rulesUrl: string | undefined): T {
  if (rulesUrl !== undefined) for (const diagnostic of diagnostics) if (diagnostic.ruleId) diagnostic.url = ruleUrl(diagnostic.ruleId as RuleId, rulesUrl);
  return diagnostics;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.fatal === true);
}

/** Stable report order: by file, then line, then column, then rule (code-unit order). */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareText(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareText(a.ruleId ?? '', b.ruleId ?? '') ||
      compareText(a.reason, b.reason),
  );
}
