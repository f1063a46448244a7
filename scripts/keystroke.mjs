// Per-keystroke cost of the remark plugin, as a language server pays it: one process, one
// processor, the doc's text run again and again (a different text each time, as edits are).
// Reports the median of `ROUNDS` runs with the plugin against the same processor without it.
// Usage: node scripts/keystroke.mjs [doc.md]   (default: docs/412253.md; run `npm run build` first)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { remark } from 'remark';
import { VFile } from 'vfile';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const doc = path.resolve(process.argv[2] ?? path.join(ROOT, 'docs/412253.md'));
const text = readFileSync(doc, 'utf8');
const ROUNDS = 400;
const { default: preset } = await import(path.join(ROOT, 'dist/remark-preset.js'));
const { default: remarkDocCodegen } = await import(path.join(ROOT, 'dist/remark-lint.js'));
const remarkGfm = (await import('remark-gfm')).default;
const remarkFrontmatter = (await import('remark-frontmatter')).default;

const { docSyntax } = await import(path.join(ROOT, 'dist/parse/processor.js'));
const bare = remark().use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);
// The preset's own parser without the checks: what the checks add to a run.
const sameSyntax = remark().use(docSyntax);
const withPlugin = remark().use(preset);
const pluginOnly = remark().use(remarkDocCodegen);

/** Median ms a run of each processor, the processors taking turns round by round (no one of them gets a warmer JIT). */
async function medians(processors) {
  const times = processors.map(() => []);
  for (let round = 0; round < ROUNDS + 40; round++) {
    for (let turn = 0; turn < processors.length; turn++) {
      const index = (round + turn) % processors.length;
      const processor = processors[index];
      // An edit: the text changes by one character each time, as typing does.
      const file = new VFile({ path: doc, cwd: ROOT, value: `${text}${'x'.repeat(round % 7)}` });
      const start = performance.now();
      await processor.run(processor.parse(file), file);
      if (round >= 40) times[index].push(performance.now() - start);
    }
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
}

const [base, same, preset_, plain] = await medians([bare, sameSyntax, withPlugin, pluginOnly]);
console.log(`${path.relative(ROOT, doc)} (${text.split('\n').length} lines), median of ${ROUNDS} runs:`);
console.log(`  bare remark (front matter + all of GFM):      ${base.toFixed(1)} ms`);
console.log(`  bare remark (front matter + GFM tables only): ${same.toFixed(1)} ms`);
console.log(`  with doc-codegen/remark-preset:               ${preset_.toFixed(1)} ms (${(preset_ / same).toFixed(2)}× the same syntax bare, ${(preset_ / base).toFixed(2)}× all of GFM; target ≤ 1.5×)`);
console.log(`  remark + doc-codegen/remark-lint (no preset): ${plain.toFixed(1)} ms (parses the doc again)`);
