// The fuzzing property and its inputs: real docs (the seeds, and windows of the real doc set
// around every definition) mutated the way editing goes wrong. Whatever the input, the library
// never throws, every diagnostic lies inside its file, output is deterministic, and the fast
// path gives the same model as a full parse. Counterexamples are kept as data
// (test/fixtures/fuzz/counterexamples/*.json): the mutated doc itself, so they replay without
// the real doc set.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { resolveConfig, type EnumStyle } from '../../src/config.js';
import { hasErrors } from '../../src/diagnostics/diagnostic.js';
import { sourceFile } from '../../src/discover/files.js';
import { emitPackage } from '../../src/emit/index.js';
import { frontMatterBlock } from '../../src/parse/frontmatter.js';
import { parseInPieces } from '../../src/parse/pieces.js';
import { parseMarkdown } from '../../src/parse/processor.js';
import { columnSynonyms } from '../../src/infer/headers.js';
import type { SourceFile } from '../../src/model/types.js';
import { modelFromFiles } from '../../src/read-docs.js';
import { sliceForDefinitions } from '../../src/scan/slice.js';
import { firstRelease } from '../../src/release/release.js';
import { CORPUS_DIR, HAS_CORPUS } from './corpus.js';
import { STYLES } from './fixtures.js';
import { REPO_ROOT } from './paths.js';
import { simpleBlocksText } from './simple-fuzz.js';
import { formMismatches } from './transpile.js';

export const FUZZ_DIR = path.join(REPO_ROOT, 'test/fixtures/fuzz');
export const COUNTEREXAMPLES_DIR = path.join(FUZZ_DIR, 'counterexamples');

/** Lines of a real doc after each definition a base keeps (and a third as many before it); wider windows hold more sections to slice. */
const WINDOW = Number(process.env.FUZZ_WINDOW ?? 40);
const config = resolveConfig({ names: { '412253': 'OpenApiErrorCode' } }, REPO_ROOT);

export interface Base {
  path: string;
  text: string;
}

/** The seeds, and for each definition in the real doc set a window of the doc around it (with its front matter). */
function readBases(): Base[] {
  const list: Base[] = ['293538', '412253'].map((id) => ({ path: `docs/${id}.md`, text: readFileSync(path.join(REPO_ROOT, 'docs', `${id}.md`), 'utf8') }));
  // Shapes of other doc sets: code-and-value tables, name-like text columns, markers, HTML tables,
  // and the wild fixture's tables read by content (TOML and MDX docs, `^^` rows, ranges, declared enums).
  for (const dir of ['test/fixtures/golden/other-doc-sets/docs', 'test/fixtures/wild/docs']) {
    const others = path.join(REPO_ROOT, dir);
    for (const file of readdirSync(others).sort()) list.push({ path: `docs/${file}`, text: readFileSync(path.join(others, file), 'utf8') });
  }
  if (!HAS_CORPUS) return list;
  for (const file of readdirSync(CORPUS_DIR).sort()) {
    const text = readFileSync(path.join(CORPUS_DIR, file), 'utf8');
    const lines = text.split('\n');
    const frontMatter = lines.slice(0, 5).join('\n');
    lines.forEach((line, index) => {
      if (/^类型\s*[:：]\s*`enum`|^#+ *枚举值\s*$|^\| *错误码 *\|/.test(line)) {
        const start = Math.max(5, index - Math.max(12, Math.round(WINDOW / 3)));
        list.push({ path: `docs/${file}`, text: `${frontMatter}\n${lines.slice(start, index + WINDOW).join('\n')}\n` });
      }
    });
  }
  return list;
}

export const BASES = readBases();

const SNIPPETS = ['|', '\\|', '`', '```', '<br>', '<br/>', '<span id="x">', '</span>', '<!--', '-->', '**', '[', '](', '#', '\t', '\u3000', '\u2028', '\ud800', '\u0000', '*/', '${', '"', '---', '> ', '- ', '1 <<', '0x', '类型: `enum`', '## 枚举值', '| 属性 | 值 | 描述 |', '[deprecated] ', '<ul><li>', '</li><li>', '<table><tr><th>Code</th><th>说明</th></tr>', '| Error code | Error message | Possible reason | Fix |', '| Code | Id | Description |', '-1', '^^', '+++', '|---- ----|', '0x80', ' ~ ', '～', '## 12.4 ', '```java\npublic enum X\n```', 'typedef NS_ENUM(', '<br/>', '| Status Code | Status Type | Meanings |', '| 枚举 | 含义 |'];

/** Mutations as data, so a counterexample reads as what was done to which doc. */
export type Mutation =
  | { op: 'drop'; i: number }
  | { op: 'duplicate'; i: number }
  | { op: 'cut'; i: number; p: number }
  | { op: 'swap'; i: number; j: number }
  | { op: 'insert'; i: number; p: number; text: string }
  | { op: 'line'; i: number; text: string };

export interface FuzzCase {
  base: number;
  mutations: Mutation[];
  lineEnd: string;
  style: EnumStyle;
}

const at = (lines: string[], index: number): number => (lines.length === 0 ? 0 : index % lines.length);

function apply(lines: string[], mutation: Mutation): void {
  const index = at(lines, mutation.i);
  const line = lines[index] ?? '';
  switch (mutation.op) {
    case 'drop':
      lines.splice(index, 1);
      break;
    case 'duplicate':
      lines.splice(index, 0, line);
      break;
    case 'cut':
      lines[index] = line.slice(0, mutation.p % (line.length + 1));
      break;
    case 'swap': {
      const other = at(lines, mutation.j);
      [lines[index], lines[other]] = [lines[other] ?? '', line];
      break;
    }
    case 'insert': {
      const cut = mutation.p % (line.length + 1);
      lines[index] = line.slice(0, cut) + mutation.text + line.slice(cut);
      break;
    }
    case 'line':
      lines.splice(index, 0, mutation.text);
      break;
  }
}

/** The doc a case makes: its base's path, and the base's text mutated. */
export function mutatedDoc({ base, mutations, lineEnd }: FuzzCase): Base {
  const { path: file, text } = BASES[base] as Base;
  const lines = text.split('\n');
  for (const change of mutations) apply(lines, change);
  return { path: file, text: lines.join(lineEnd) };
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), i: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), i: fc.nat() }),
  fc.record({ op: fc.constant('cut' as const), i: fc.nat(), p: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), i: fc.nat(), j: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    i: fc.nat(),
    p: fc.nat(),
    text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ unit: 'binary', maxLength: 6 })),
  }),
  fc.record({ op: fc.constant('line' as const), i: fc.nat(), text: fc.string({ unit: 'grapheme', maxLength: 30 }) }),
);

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  base: fc.nat({ max: BASES.length - 1 }),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }),
  lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
  style: fc.constantFrom(...STYLES),
});

/**
 * The reading half of the property: the fast path gives the full parse's model, and the trees
 * of the pieces (their simple blocks read without remark) are remark's own. Returns the doc and its model.
 */
export async function checkReading(file: string, text: string): Promise<{ source: SourceFile; first: Awaited<ReturnType<typeof modelFromFiles>> }> {
  const source = sourceFile(file, new TextEncoder().encode(text));
  const first = await modelFromFiles([source], config, { wholeDocSet: true });
  // The fast path (only docs that can define something are parsed) gives the full parse's model.
  const full = await modelFromFiles([source], config, { wholeDocSet: true, fast: false });
  expect(JSON.stringify(first.model)).toBe(JSON.stringify(full.model));
  const sliced = sliceForDefinitions(source.text, columnSynonyms(config.columns));
  if (sliced?.pieces) expect(parseInPieces(sliced.kept, sliced.pieces, sliced.references)).toEqual(parseMarkdown(sliced.kept));
  // And the whole doc as one piece (the reader from its first line, remark from where it stops), where it may be cut in pieces.
  if (!source.text.startsWith('\ufeff')) {
    const pieces = [{ line: 0, text: source.text }];
    expect(parseInPieces(source.text, pieces, source.text.includes(']:'))).toEqual(parseMarkdown(source.text));
  }
  return { source, first };
}

/** The property, on one doc: throws (an assertion) where it does not hold. */
export async function checkDoc(file: string, text: string, style: EnumStyle): Promise<void> {
  const { source, first } = await checkReading(file, text);
  const second = await modelFromFiles([sourceFile(file, new TextEncoder().encode(text))], config, { wholeDocSet: true });
  expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  // Front matter has one definition, and it is remark's. remark reads it from the first
  // `---` (YAML) or `+++` (TOML) line to the first closing one, so the text up to there is all it needs to see.
  const block = frontMatterBlock(source.text);
  if (source.text.startsWith('---') || source.text.startsWith('+++')) {
    const head = block ? source.text.split('\n').slice(0, block.bodyLine).join('\n') : source.text;
    // remark-frontmatter's `toml` node is not among mdast's declared types.
    const first = parseMarkdown(head).children[0] as { type: string; value?: string } | undefined;
    const remarks = first?.type === 'yaml' || first?.type === 'toml' ? { language: first.type, value: first.value } : undefined;
    expect(block && { language: block.language, value: block.value }).toEqual(remarks);
  } else expect(block).toBeUndefined();

  const docLines = source.text.split('\n');
  for (const diagnostic of first.diagnostics) {
    if (diagnostic.file !== file) continue;
    const points = [diagnostic.place && 'start' in diagnostic.place ? diagnostic.place.start : diagnostic.place, diagnostic.place && 'end' in diagnostic.place ? diagnostic.place.end : undefined];
    for (const point of points) {
      if (!point) continue;
      expect(point.line, diagnostic.reason).toBeGreaterThanOrEqual(1);
      expect(point.line, diagnostic.reason).toBeLessThanOrEqual(docLines.length);
      expect(point.column, diagnostic.reason).toBeGreaterThanOrEqual(1);
      expect(point.column, diagnostic.reason).toBeLessThanOrEqual((docLines[point.line - 1]?.length ?? 0) + 1);
    }
  }
  if (!hasErrors(first.diagnostics)) {
    const options = { enumStyle: config.enumStyle, package: config.package, release: firstRelease('1.0.0', 1) };
    expect(emitPackage(second.model, options)).toEqual(emitPackage(first.model, options));
    // The JS and .d.ts written directly are TypeScript's own, whatever the docs hold.
    expect(formMismatches(first.model, style)).toEqual([]);
  }
}

export const fuzzProperty = fc.asyncProperty(fuzzCase, async (value) => {
  const doc = mutatedDoc(value);
  await checkDoc(doc.path, doc.text, value.style);
});

/** The path generated texts are read as. */
export const GENERATED_PATH = 'docs/generated.md';

/** The reading half of the property on generated blocks (helpers/simple-fuzz.ts), aimed at the simple-block reader. */
export const blocksProperty = fc.asyncProperty(simpleBlocksText, async (text) => {
  await checkReading(GENERATED_PATH, text);
});

/** A counterexample as committed: the mutated doc itself, and how it was found. */
export interface Counterexample {
  /** How it was found (seed, path, case), and what it broke. */
  found: string;
  path: string;
  text: string;
  style: EnumStyle;
}

export function counterexamples(): [string, Counterexample][] {
  return readdirSync(COUNTEREXAMPLES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => [file, JSON.parse(readFileSync(path.join(COUNTEREXAMPLES_DIR, file), 'utf8')) as Counterexample]);
}

/** The committed seeds CI runs, each for `runs` cases. */
export function fixedSeeds(): { runs: number; seeds: number[] } {
  return JSON.parse(readFileSync(path.join(FUZZ_DIR, 'seeds.json'), 'utf8')) as { runs: number; seeds: number[] };
}
