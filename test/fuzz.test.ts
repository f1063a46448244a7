// Fuzzing with fast-check: real docs (the seeds, and windows of the real doc set around
// every definition) mutated the way editing goes wrong. Whatever the input, the library
// never throws, every diagnostic lies inside its file, and output is deterministic.
// FUZZ_RUNS sets the number of cases (default 2,000); a failure prints its seed and path
// (replay with FUZZ_SEED=<seed>).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config.js';
import { sourceFile } from '../src/discover/files.js';
import { emitPackage } from '../src/emit/index.js';
import { hasErrors } from '../src/diagnostics/diagnostic.js';
import { modelFromFiles } from '../src/read-docs.js';
import { CORPUS_DIR, HAS_CORPUS } from './helpers/corpus.js';
import { REPO_ROOT } from './helpers/paths.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
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
        const start = Math.max(5, index - 12);
        list.push({ path: `docs/${file}`, text: `${frontMatter}\n${lines.slice(start, index + 40).join('\n')}\n` });
      }
    });
  }
  return list;
}

const BASES = bases();

const SNIPPETS = ['|', '\\|', '`', '```', '<br>', '<br/>', '<span id="x">', '</span>', '<!--', '-->', '**', '[', '](', '#', '\t', '\u3000', '\u2028', '\ud800', '\u0000', '*/', '${', '"', '---', '> ', '- ', '1 <<', '0x', '类型: `enum`', '## 枚举值', '| 属性 | 值 | 描述 |'];

type Mutation = (lines: string[]) => void;

const at = (lines: string[], index: number): number => (lines.length === 0 ? 0 : index % lines.length);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i): Mutation => (lines) => void lines.splice(at(lines, i), 1)),
  fc.nat().map((i): Mutation => (lines) => void lines.splice(at(lines, i), 0, lines[at(lines, i)] ?? '')),
  fc.tuple(fc.nat(), fc.nat()).map(([i, p]): Mutation => (lines) => {
    const index = at(lines, i);
    lines[index] = (lines[index] ?? '').slice(0, p % ((lines[index]?.length ?? 0) + 1));
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (lines) => {
    const a = at(lines, i);
    const b = at(lines, j);
    [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ unit: 'binary', maxLength: 6 }))).map(
    ([i, p, insert]): Mutation =>
      (lines) => {
        const index = at(lines, i);
        const line = lines[index] ?? '';
        const cut = p % (line.length + 1);
        lines[index] = line.slice(0, cut) + insert + line.slice(cut);
      },
  ),
  fc.tuple(fc.nat(), fc.string({ unit: 'grapheme', maxLength: 30 })).map(([i, text]): Mutation => (lines) => void lines.splice(at(lines, i), 0, text)),
);

const fuzzCase = fc.record({
  base: fc.nat({ max: BASES.length - 1 }),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }),
  lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
});

describe('fuzzing the pipeline with mutated real docs', () => {
  it(`never throws, keeps positions inside the file, and is deterministic (${RUNS} cases over ${BASES.length} docs)`, () => {
    fc.assert(
      fc.property(fuzzCase, ({ base, mutations, lineEnd }) => {
        const { path: file, text } = BASES[base] as Base;
        const lines = text.split('\n');
        for (const mutate of mutations) mutate(lines);
        const bytes = new TextEncoder().encode(lines.join(lineEnd));
        const source = sourceFile(file, bytes);
        const first = modelFromFiles([source], config, true);
        const second = modelFromFiles([sourceFile(file, bytes)], config, true);
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));

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
          const options = { enumStyle: config.enumStyle, locale: config.locale, package: config.package };
          expect(emitPackage(second.model, options)).toEqual(emitPackage(first.model, options));
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 240_000);
});
