// Golden fixtures: test/fixtures/golden/<case>/{doc-codegen.config.json, docs/, expected/<style>/, diagnostics.txt}.
// Each case is generated in memory once per enum style and compared as exact text.
// `UPDATE=1` (npm run fixtures:update) rewrites the expected files instead; review them in the diff.
import { readdirSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig, type EnumStyle } from '../../src/config.js';
import { formatPretty } from '../../src/diagnostics/reporter.js';
import { render } from '../../src/render.js';
import { REPO_ROOT } from './paths.js';

export const GOLDEN_DIR = path.join(REPO_ROOT, 'test/fixtures/golden');
/** Docs of doc sets doc-codegen was not written for (issue 21): a golden case of its own folder. */
export const WILD_DIR = path.join(REPO_ROOT, 'test/fixtures/wild');
export const STYLES: readonly EnumStyle[] = ['enum', 'const-object', 'union'];
export const UPDATE = process.env.UPDATE === '1' || process.env.UPDATE === 'true';

export function goldenCases(): string[] {
  const cases = readdirSync(GOLDEN_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return [...cases, 'wild'].sort();
}

/** The folder of a golden case: its config, docs/, expected/ and diagnostics.txt. */
export function caseDir(name: string): string {
  return name === 'wild' ? WILD_DIR : path.join(GOLDEN_DIR, name);
}

export interface RenderedCase {
  files: Map<string, string>;
  diagnostics: string;
}

export async function renderCase(name: string, style: EnumStyle): Promise<RenderedCase> {
  const config = await loadConfig(path.join(caseDir(name), 'doc-codegen.config.json'));
  // keepGoing: a fixture with doc errors shows what the model without the bad parts makes.
  const rendered = await render({ ...config, enumStyle: style }, { keepGoing: true });
  const diagnostics = `${formatPretty(rendered.diagnostics, { color: false, verbose: true })}\n`;
  return { files: rendered.files ?? new Map(), diagnostics };
}

export function expectedDir(name: string, style: EnumStyle): string {
  return path.join(caseDir(name), 'expected', style);
}

/** Every file below `dir`, relative, with `/`. */
export async function readTree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (current: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else files.set(path.relative(dir, full).split(path.sep).join('/'), await readFile(full, 'utf8'));
    }
  };
  await walk(dir);
  return files;
}

export async function writeTree(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const [relative, text] of files) {
    const file = path.join(dir, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}
