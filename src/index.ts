// The public API: everything returns results and diagnostics; nothing exits the process.
export { CONFIG_FILE_NAME, ConfigError, loadConfig, resolveConfig } from './config.js';
export type { ColumnRole, EnumStyle, ResolvedConfig, UserConfig } from './config.js';
export { buildModelFromDocs, generate, lint } from './generate.js';
export type { BuildModelOptions, BuildModelResult, GenerateOptions, GenerateResult } from './generate.js';
export { formatDiagnostics } from './diagnostics/format.js';
export type { FormatOptions } from './diagnostics/format.js';
export { formatPretty, summaryLine } from './diagnostics/reporter.js';
export type { ReportFormat } from './diagnostics/reporter.js';
export type { Diagnostic } from './diagnostics/diagnostic.js';
export { RULES, ruleUrl } from './diagnostics/rules.js';
export type { RuleId, Severity } from './diagnostics/rules.js';
export { HEADER_SYNONYMS } from './extract/columns.js';
export type * from './model/types.js';
export { OutputConflictError } from './write/output.js';
export type { FileChange, OutputPlan } from './write/output.js';
