// The remark plugin (doc-codegen/remark-lint), through the real remark CLI, on every invalid
// fixture at once: each doc gets exactly what `doc-codegen lint <doc>` reports for it, with the
// same positions, rule ids, severities, advice and rule URLs. Each doc finds its fixture's config.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, configInvalid, loadConfig } from '../src/config.js';
import { severityOf, type Diagnostic } from '../src/diagnostics/diagnostic.js';
import { lint } from '../src/build-model.js';
import { REPO_ROOT } from './helpers/paths.js';
import { run } from './helpers/run.js';

const INVALID_DIR = path.join(REPO_ROOT, 'test/fixtures/invalid');
const REMARK = path.join(REPO_ROOT, 'node_modules/remark-cli/cli.js');
const fixtures = readdirSync(INVALID_DIR).sort();

interface ReportedFile {
  path: string;
  messages: { line?: number; column?: number; place?: { start?: { line: number; column: number }; end?: { line: number; column: number } }; reason: string; ruleId?: string; source?: string; fatal?: boolean | null; note?: string; url?: string }[];
}

/** What a reader of either report sees of a message. */
const shape = (message: ReportedFile['messages'][number] | Diagnostic) => {
  const place = message.place && 'start' in message.place ? message.place : undefined;
  return {
    at: `${message.line}:${message.column}${place?.end ? `-${place.end.line}:${place.end.column}` : ''}`,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal ?? undefined,
    reason: message.reason,
    note: message.note,
    url: message.url,
  };
};

describe('remark --use doc-codegen/remark-lint', () => {
  let reported: ReportedFile[];

  /** One run of the real CLI over every fixture's docs folder, with `--use <plugin>`. */
  const remarkWith = (plugin: string): ReportedFile[] => {
    const result = run(process.execPath, [REMARK, '--use', plugin, ...fixtures.map((fixture) => `${fixture}/docs`), '--no-stdout', '--report', 'json'], { cwd: INVALID_DIR });
    return JSON.parse(result.stderr) as ReportedFile[];
  };

  beforeAll(() => {
    reported = remarkWith('doc-codegen/remark-lint');
  });

  it('reports the same through the preset, which reads the tree remark parsed instead of parsing again', () => {
    const through = remarkWith('doc-codegen/remark-preset');
    const messages = (files: ReportedFile[]) => files.map((file) => ({ path: file.path, messages: file.messages.map(shape) }));
    expect(messages(through)).toEqual(messages(reported));
  });

  it('reads every doc of every fixture, and reports problems', () => {
    const docs = fixtures.flatMap((fixture) =>
      (readdirSync(path.join(INVALID_DIR, fixture, 'docs'), { recursive: true }) as string[]).filter((file) => file.endsWith('.md')).map((file) => `${fixture}/docs/${file.split(path.sep).join('/')}`),
    );
    expect(reported.map((file) => file.path).sort()).toEqual(docs.sort());
    // Every rule shows up in the editor but those `lint <doc>` does not report on that doc: info
    // (only with --verbose), the config file's, a translation's (checked with its source doc),
    // the comparison across docs (it needs every doc), verify's (it needs the SDK), a run's
    // against its last output (docs-none, modules-removed), the cache's (the editor keeps none), and
    // the listing's (symbolic links, outside the fixture's docs/ folder).
    const seen = new Set(reported.flatMap((file) => file.messages.map((message) => message.ruleId)));
    expect(fixtures.filter((rule) => !seen.has(rule))).toEqual([
      'cache-unusable',
      'cross-doc-value-mismatch',
      'doc-link-skipped',
      'doc-missing-enum',
      'doc-missing-member',
      'doc-skipped',
      'docs-none',
      'modules-removed',
      'sdk-missing-enum',
      'sdk-missing-member',
      'sdk-value-mismatch',
      'table-ignored',
      'table-read',
      'translation-orphan',
      'translation-value-mismatch',
      'unknown-doc-in-names',
    ]);
  });

  it.each(fixtures)('reports each doc of %s exactly as `doc-codegen lint <doc>` does', async (fixture) => {
    const loaded = await loadConfig(path.join(INVALID_DIR, fixture, 'doc-codegen.config.json')).catch((error: unknown) => error as ConfigError);
    for (const file of reported.filter((entry) => entry.path.startsWith(`${fixture}/`))) {
      if (loaded instanceof ConfigError) {
        // The CLI's message, once, at the top of each doc.
        expect(file.messages.map(shape)).toEqual([shape(configInvalid(loaded, file.path))]);
        continue;
      }
      const config = loaded;
      const relative = file.path.slice(fixture.length + 1);
      const { diagnostics } = await lint(config, { only: [relative] });
      const expected = diagnostics.filter((diagnostic) => diagnostic.file === relative && severityOf(diagnostic) !== 'info');
      expect({ file: file.path, messages: file.messages.map(shape) }).toEqual({ file: file.path, messages: expected.map(shape) });
    }
  });
});
