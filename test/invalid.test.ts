// One fixture per rule (test/fixtures/invalid/<rule>/): its docs, its config, and the
// report `doc-codegen lint --verbose` (or `verify --sdk sdk/* --verbose`) prints for them, compared as exact text.
// A fixture whose config names a cacheDir runs with the cache.
// Every rule has a fixture and a section in docs/rules.md.
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configInvalid, loadConfig } from '../src/config.js';
import { formatPretty } from '../src/diagnostics/reporter.js';
import { RULES, type RuleId } from '../src/diagnostics/rules.js';
import { lint } from '../src/build-model.js';
import { check } from '../src/generate.js';
import { verify } from '../src/verify/index.js';
import { UPDATE } from './helpers/fixtures.js';
import { REPO_ROOT } from './helpers/paths.js';

const INVALID_DIR = path.join(REPO_ROOT, 'test/fixtures/invalid');
const fixtures = readdirSync(INVALID_DIR).sort();

describe('every rule is covered', () => {
  it('has a fixture per rule id, and no fixture without a rule', () => {
    expect(fixtures).toEqual(Object.keys(RULES).sort());
  });

  it('has a section per rule id in docs/rules.md', async () => {
    const text = await readFile(path.join(REPO_ROOT, 'docs/rules.md'), 'utf8');
    const sections = [...text.matchAll(/^## ([a-z-]+)$/gm)].map((match) => match[1]).sort();
    expect(sections).toEqual(Object.keys(RULES).sort());
  });
});

describe.each(fixtures)('rule %s', (rule) => {
  it('reports exactly the expected text, including at least one diagnostic of the rule', async () => {
    const configFile = path.join(INVALID_DIR, rule, 'doc-codegen.config.json');
    const loaded = await loadConfig(configFile).catch((error: unknown) => error as ConfigError);
    if (loaded instanceof ConfigError) {
      // A config that does not load is the fixture's one diagnostic, as the editor shows it on each doc.
      const report = `${formatPretty([configInvalid(loaded, 'doc-codegen.config.json')], { color: false, verbose: true })}\n`.replaceAll(`${path.dirname(configFile)}${path.sep}`, '');
      const expectedFile = path.join(INVALID_DIR, rule, 'report.txt');
      if (UPDATE) await writeFile(expectedFile, report);
      expect(report).toBe(await readFile(expectedFile, 'utf8'));
      return;
    }
    const config = loaded;
    // As `lint --verbose` runs: every doc parsed, so info about any table is reported.
    // A fixture with an sdk/ folder is about the SDK; one whose outDir holds a last run's
    // output is about a run against it: as `generate --check` runs (nothing written).
    const sdk = existsSync(path.join(INVALID_DIR, rule, 'sdk'));
    const lastRun = existsSync(path.join(config.outDir, 'model.json'));
    // A fixture that names its cacheDir is about the cache: the run uses it.
    const cache = 'cacheDir' in (JSON.parse(await readFile(path.join(INVALID_DIR, rule, 'doc-codegen.config.json'), 'utf8')) as object);
    const { diagnostics } = sdk
      ? await verify(config, ['sdk/*'], path.join(INVALID_DIR, rule), { fullParse: true })
      : lastRun
        ? await check(config, { fullParse: true })
        : await lint(config, { fullParse: true, cache });
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain(rule as RuleId);
    for (const diagnostic of diagnostics) {
      expect(diagnostic.source).toBe('doc-codegen');
      expect(diagnostic.url).toMatch(new RegExp(`docs/rules\\.md#${diagnostic.ruleId}$`));
    }
    const report = `${formatPretty(diagnostics, { color: false, verbose: true })}\n`;
    const expectedFile = path.join(INVALID_DIR, rule, 'report.txt');
    if (UPDATE) await writeFile(expectedFile, report);
    expect(report).toBe(await readFile(expectedFile, 'utf8'));
  });
});
