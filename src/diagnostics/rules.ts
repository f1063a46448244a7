// Every diagnostic the tool can report, by rule id. One row a rule: its severity
// and the advice that tells a doc maintainer what to do.
export type Severity = 'error' | 'warning' | 'info';

export interface Rule {
  severity: Severity;
  /** What to do about it, appended to every message of the rule. */
  fix: string;
}

export const RULES = {
  'cache-unusable': {
    severity: 'warning',
    fix: 'Make the cache folder writable (config `cacheDir`, default node_modules/.cache/doc-codegen), point `cacheDir` elsewhere, or run with --no-cache. The output is the same without it; only the next run is slower. Not counted by --max-warnings.',
  },
  'doc-too-large': {
    severity: 'error',
    fix: 'Split the doc into docs of one subject each, or flatten its nesting: beyond this size or depth, parsing takes minutes and gigabytes.',
  },
  'doc-link-skipped': {
    severity: 'warning',
    fix: 'Point the link at a doc that exists, or remove it; a doc reached twice through links is read once: leave one path to it under the globs.',
  },
  'config-invalid': {
    severity: 'error',
    fix: 'Fix the config file as the message says (its keys and values are in schema/config.schema.json); nothing is checked until it loads.',
  },
  'docs-none': {
    severity: 'error',
    fix: 'Check that the docs folder is where the config\'s `docs` globs look, and readable; to start over on purpose, delete the output folder.',
  },
  'modules-removed': {
    severity: 'warning',
    fix: 'If those docs are not meant to go, check that the `docs` globs still find them (a moved or renamed folder?). With failOnBreaking, the run also needs --allow-breaking.',
  },
  'frontmatter-missing': {
    severity: 'warning',
    fix: 'Start the doc with a `---` YAML block holding is_dir, status and keywords, or set "requireFrontMatter": false in the config if your docs have none.',
  },
  'frontmatter-unclosed': {
    severity: 'error',
    fix: 'Close the front matter with a `---` line after its last key, or remove the opening `---`.',
  },
  'frontmatter-invalid-yaml': {
    severity: 'error',
    fix: 'Fix the YAML syntax between the `---` lines.',
  },
  'frontmatter-invalid-type': {
    severity: 'warning',
    fix: 'Use is_dir: true|false, status: a number (1 = online), keywords: text separated by commas or a list. The field is ignored meanwhile.',
  },
  'table-row-cells': {
    severity: 'error',
    fix: 'Give every row as many cells as the header; write a literal pipe as `\\|`.',
  },
  'table-missing-column': {
    severity: 'error',
    fix: 'Add the missing column, or teach its header text to the config under `columns`.',
  },
  'table-empty': {
    severity: 'error',
    fix: 'Add the rows of the definition under the table header.',
  },
  'definition-without-table': {
    severity: 'error',
    fix: 'Add the member table (属性 | 值 | 描述) to the section.',
  },
  'definition-unnamed': {
    severity: 'error',
    fix: 'Put a heading above the table, or name it in the config under `names` by its doc id, as the message shows.',
  },
  'member-name-empty': {
    severity: 'error',
    fix: 'Write the member name (or code) in the first cell of the row.',
  },
  'unparsable-value': {
    severity: 'error',
    fix: 'Write the value as an integer (`42`, `-1`, `0x10`) or a quoted string (`"abc"`).',
  },
  'unresolved-reference': {
    severity: 'error',
    fix: 'Refer to a member of the same enum (`Other`), or qualify it with its enum (`Enum.Member`, `Enum::Member`).',
  },
  'value-implicit': {
    severity: 'warning',
    fix: 'Write every value, so the docs say what the SDK does.',
  },
  'value-bare-word': {
    severity: 'warning',
    fix: 'Quote the values ("AAC") to say they are strings, or write the numbers.',
  },
  'value-out-of-range': {
    severity: 'error',
    fix: 'Use a value the enum can hold: JavaScript numbers are exact up to 2^53, and unsigned enums take no negative values.',
  },
  'mixed-value-types': {
    severity: 'error',
    fix: 'Use only numbers or only strings as the values of one enum.',
  },
  'duplicate-member-name': {
    severity: 'error',
    fix: 'Give each member of the enum its own name.',
  },
  'duplicate-value': {
    severity: 'warning',
    fix: 'Check the value; aliases are allowed, but value-to-name lookups return the first member.',
  },
  'identifier-invalid': {
    severity: 'error',
    fix: 'Name it with at least one letter or digit, and short enough to be a file name (its JSON file is named after it); or name it in the config under `names`.',
  },
  'identifier-collision': {
    severity: 'error',
    fix: 'Rename one of the members: after turning names into identifiers, two are the same.',
  },
  'enum-name-qualified': {
    severity: 'warning',
    fix: 'Nothing is lost: the enums are told apart by their qualified names. Rename them in the docs to choose other names.',
  },
  'enum-name-collision': {
    severity: 'error',
    fix: 'Rename one of the definitions, or map one to another module in the config.',
  },
  'module-name-invalid': {
    severity: 'error',
    fix: 'Rename the doc file (letters, digits, `.`, `_`, `-`), or map its doc id to a module name under `modules` in the config.',
  },
  'link-dropped': {
    severity: 'warning',
    fix: 'Link to an http(s) page, a mail address (mailto:) or a doc of the set; or write the address as text.',
  },
  'broken-link': {
    severity: 'warning',
    fix: 'Point the link at a doc of the set and an anchor it has (`<span id="…">`), or use a full URL.',
  },
  'translation-orphan': {
    severity: 'warning',
    fix: 'Use the enum and member names of the original doc in the translated doc; only the text is translated.',
  },
  'translation-value-mismatch': {
    severity: 'warning',
    fix: 'Copy the value from the original doc: values are not translated. The original value is used.',
  },
  'unknown-doc-in-names': {
    severity: 'warning',
    fix: 'Remove the entry from `names` in the config, or fix its doc id.',
  },
  'doc-skipped': {
    severity: 'info',
    fix: 'Set is_dir: false and status: 1 to include the doc.',
  },
  'table-ignored': {
    severity: 'info',
    fix: 'Nothing to do if this table is not a definition.',
  },
  'table-read': {
    severity: 'info',
    fix: 'Nothing to do if the roles are right; else give the columns their roles under `columns` in the config.',
  },
  'table-near-miss': {
    severity: 'warning',
    fix: 'If the table is a definition, give its columns roles under `columns` in the config (as the message shows); the config decides over the cells.',
  },
  'table-key-ambiguous': {
    severity: 'warning',
    fix: 'Say which column holds the codes under `columns` in the config (as the message shows), or make one column\'s values unique.',
  },
  'table-delimiter-invalid': {
    severity: 'warning',
    fix: 'Write the row under the header as one `---` per column between pipes, with as many cells as the header: `| --- | --- |`.',
  },
  'value-range': {
    severity: 'warning',
    fix: 'Give each code a row of its own; a range or list of codes cannot be one member.',
  },
  'description-placeholder': {
    severity: 'warning',
    fix: 'Write what the member means in place of the TODO(doc-codegen) mark that `verify --fix` left in its row.',
  },
  'values-from-names': {
    severity: 'warning',
    fix: 'Nothing is invented: each member\'s value is its name. Add a value column to the table to give the values the SDK uses.',
  },
  'table-html': {
    severity: 'warning',
    fix: 'Write the table in Markdown (`| Code | 说明 |` and a `| --- | --- |` row); doc-codegen does not read HTML tables.',
  },
  'cross-doc-value-mismatch': {
    severity: 'warning',
    fix: 'Make the docs agree (one of them is wrong), or, if the platforms really differ, group the docs into `platformFamilies` in the config (or set `crossDocCheck: false`).',
  },
  'sdk-value-mismatch': {
    severity: 'error',
    fix: 'Correct the value in the doc (or in the SDK, if the SDK is wrong).',
  },
  'sdk-missing-member': {
    severity: 'error',
    fix: 'Remove the member from the doc if the SDK dropped it, or add it to the SDK; a different name in the SDK needs the same name in the doc.',
  },
  'doc-missing-member': {
    severity: 'warning',
    fix: 'Document the member (a row in the enum\'s table).',
  },
  'doc-missing-enum': {
    severity: 'warning',
    fix: 'Document the enum, or map a doc enum of another name to it under `sdk` in the config.',
  },
  'sdk-missing-enum': {
    severity: 'info',
    fix: 'Nothing to do when the SDK files given cover other enums; else give the right files, or map the name under `sdk`.',
  },
  'definition-name-sentence': {
    severity: 'warning',
    fix: 'Give the heading a name (`## StatusCode`), or name the definition in the config under `names` by its doc id, as the message shows.',
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

/** docs/rules.md of the installed package: one section per rule, anchored by its id. */
export const RULES_DOC = new URL('../../docs/rules.md', import.meta.url);

/** The link to `ruleId`'s section: in `rulesUrl` (the config's) or in the installed docs/rules.md. */
export function ruleUrl(ruleId: RuleId, rulesUrl?: string): string {
  return `${rulesUrl ?? RULES_DOC.href}#${ruleId}`;
}
