// The remark preset (doc-codegen/remark-preset) formats a doc without damaging it: remark with
// the preset, as `remark -o` or an editor's Format Document runs it, keeps the front matter as
// written and every table row's cells, and doc-codegen reads the formatted doc to the same
// model. On the seeds and on a sample of the real doc set (every 30th doc, in name order).
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Nodes, Root, Table } from 'mdast';
import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import { loadConfig, resolveConfig, type ResolvedConfig } from '../src/config.js';
import { sourceFile } from '../src/discover/files.js';
import { plainText } from '../src/extract/cells.js';
import { parseMarkdown } from '../src/parse/processor.js';
import { modelFromFiles } from '../src/read-docs.js';
import preset from '../src/remark-preset.js';
import { CORPUS_DIR, CORPUS_SKIP_NOTE, HAS_CORPUS } from './helpers/corpus.js';
import { REPO_ROOT } from './helpers/paths.js';

async function format(text: string): Promise<string> {
  return String(await remark().use(preset).process(text));
}

/** The front matter block as written (`---` … `---`), or undefined. */
const frontMatter = (text: string): string | undefined => /^---\n[\s\S]*?\n---\n/.exec(text)?.[0];

/** Every table row's cell texts, in document order. */
function tableRows(tree: Root): string[][] {
  const rows: string[][] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'table') for (const row of (node as Table).children) rows.push(row.children.map((cell) => plainText(cell.children)));
    else if ('children' in node) stack.push(...[...(node.children as Nodes[])].reverse());
  }
  return rows;
}

/** The model of one doc, without where things are (lines move when a doc is formatted). */
async function modelOf(relative: string, text: string, config: ResolvedConfig): Promise<unknown> {
  const { model } = await modelFromFiles([sourceFile(relative, new TextEncoder().encode(text))], config, { wholeDocSet: false });
  return JSON.parse(JSON.stringify(model, (key, value: unknown) => (key === 'source' || key === 'hash' || key === 'line' || key === 'column' ? undefined : value)));
}

async function expectUndamaged(relative: string, text: string, config: ResolvedConfig): Promise<void> {
  const formatted = await format(text);
  expect(frontMatter(formatted), relative).toBe(frontMatter(text));
  expect(tableRows(parseMarkdown(formatted)), relative).toEqual(tableRows(parseMarkdown(text)));
  expect(await modelOf(relative, formatted, config), relative).toEqual(await modelOf(relative, text, config));
  // Formatting is stable: a formatted doc formats to itself.
  expect(await format(formatted), relative).toBe(formatted);
}

describe('remark with doc-codegen/remark-preset', () => {
  it('keeps the seeds whole: front matter, every table row, the same model', async () => {
    const config = await loadConfig(undefined, REPO_ROOT);
    for (const relative of ['docs/293538.md', 'docs/412253.md', 'docs/en/293538.md', 'docs/en/412253.md']) {
      await expectUndamaged(relative, await readFile(path.join(REPO_ROOT, relative), 'utf8'), config);
    }
    // What the preset prevents: plain remark reads the front matter as a rule and a heading.
    const plain = String(await remark().process(await readFile(path.join(REPO_ROOT, 'docs/293538.md'), 'utf8')));
    expect(plain.startsWith('***\n')).toBe(true);
  });

  it.skipIf(!HAS_CORPUS)(`keeps a sample of the real doc set whole${HAS_CORPUS ? '' : ` (skipped: ${CORPUS_SKIP_NOTE})`}`, async () => {
    const config = resolveConfig({ docs: ['*.md'], requireFrontMatter: true }, CORPUS_DIR);
    const sample = readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.md')).sort().filter((_, index) => index % 30 === 0);
    expect(sample.length).toBeGreaterThan(25);
    for (const name of sample) await expectUndamaged(name, await readFile(path.join(CORPUS_DIR, name), 'utf8'), config);
  });
});
