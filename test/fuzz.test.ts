// Fuzzing with fast-check: real docs (the seeds, and windows of the real doc set around
// every definition) mutated the way editing goes wrong. Whatever the input, the library
// never throws, every diagnostic lies inside its file, output is deterministic, and the
// fast path gives the same model as a full parse.
// FUZZ_RUNS sets the number of cases (default 2,000); a failure prints its seed and path
// (replay with FUZZ_SEED=<seed> FUZZ_PATH=<path>).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config.js';
import { sourceFile } from '../src/discover/files.js';
import { emitPackage } from '../src/emit/index.js';
import { firstRelease } from '../src/release/release.js';
import { hasErrors } from '../src/diagnostics/diagnostic.js';
import { modelFromFiles } from '../src/read-docs.js';
import { CORPUS_DIR, HAS_CORPUS } from './helpers/corpus.js';
import { REPO_ROOT } from './helpers/paths.js';
import { STYLES } from './helpers/fixtures.js';
import { formMismatches } from './helpers/transpile.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
/** Lines of a real doc after each definition a base keeps (and a third as many before it); wider windows hold more sections to slice. */
const WINDOW = Number(process.env.FUZZ_WINDOW ?? 40);
const config = resolveConfig({ names: { '412253': 'OpenApiErrorCode' } }, REPO_ROOT);

interface Base {
  path: string;
  text: string;
}

/** The seeds, and for each definition in the real doc set a window of the doc around it (with its front matter). */
function bases(): Base[] {
  const list: Base[] = ['293538', '412253'].map((id) => ({ path: `docs/${id}.md`, text: readFileSync(path.join(REPO_ROOT, 'docs', `${id}.md`), 'utf8') }));
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

const BASES = bases();

const SNIPPETS = ['|', '\\|', '`', '```', '<br>', '<br/>', '<span id="x">', '</span>', '<!--', '-->', '**', '[', '](', '#', '\t', '\u3000', '\u2028', '\ud800', '\u0000', '*/', '${', '"', '---', '> ', '- ', '1 <<', '0x', '类型: `enum`', '## 枚举值', '| 属性 | 值 | 描述 |'];

/** Mutations as data, so a counterexample reads as what was done to which doc. */
type Mutation =
  | { op: 'drop'; i: number }
  | { op: 'duplicate'; i: number }
  | { op: 'cut'; i: number; p: number }
  | { op: 'swap'; i: number; j: number }
  | { op: 'insert'; i: number; p: number; text: string }
  | { op: 'line'; i: number; text: string };

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

const fuzzCase = fc.record({
  base: fc.nat({ max: BASES.length - 1 }),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }),
  lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
  style: fc.constantFrom(...STYLES),
});

describe('fuzzing the pipeline with mutated real docs', () => {
  it(`never throws, keeps positions inside the file, and is deterministic (${RUNS} cases over ${BASES.length} docs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fuzzCase, async ({ base, mutations, lineEnd, style }) => {
        const { path: file, text } = BASES[base] as Base;
        const lines = text.split('\n');
        for (const change of mutations) apply(lines, change);
        const bytes = new TextEncoder().encode(lines.join(lineEnd));
        const source = sourceFile(file, bytes);
        const first = await modelFromFiles([source], config, { wholeDocSet: true });
        const second = await modelFromFiles([sourceFile(file, bytes)], config, { wholeDocSet: true });
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
        // The fast path (only docs that can define something are parsed) gives the full parse's model.
        const full = await modelFromFiles([source], config, { wholeDocSet: true, fast: false });
        expect(JSON.stringify(first.model)).toBe(JSON.stringify(full.model));

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
      }),
      { numRuns: RUNS, seed: SEED, path: process.env.FUZZ_PATH },
    );
  }, 240_000);
});
