#!/usr/bin/env node
// npm run bench: every row measured in this one run, on this machine, medians of --runs runs.
//   node scripts/bench.mjs [--runs 3] [--scale 3] [--corpus <dir>] [--json] [--skip-velite] [--skip-large]
// Inputs: the real doc set and a synthetic set made from it (--scale copies, fixed seed).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleTable, IMPORTS } from './bundle-size.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist/bin.js');
const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    scale: { type: 'string', default: '3' },
    corpus: { type: 'string', default: process.env.DOC_CODEGEN_CORPUS ?? path.join(ROOT, '../shared/corpus/volcengine-rtc-docs') },
    json: { type: 'boolean', default: false },
    'skip-velite': { type: 'boolean', default: false },
    'skip-large': { type: 'boolean', default: false },
  },
});
const RUNS = Number(flags.runs);
const SCALE = Number(flags.scale);
/** The large synthetic set: a doc team with ten times our docs. */
const LARGE_SCALE = 10;
const CORPUS = path.resolve(flags.corpus);
if (!existsSync(CORPUS)) {
  console.error(`bench: no doc set at ${CORPUS} (set --corpus or DOC_CODEGEN_CORPUS).`);
  process.exit(2);
}
const log = (text) => process.stderr.write(`bench: ${text}\n`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/**
 * A child process's peak RSS, and the time its threads spent in garbage collection (the `gc`
 * performance entries: every scavenge and mark-compact pause), printed by a preloaded hook
 * when it exits. The hook runs in worker threads too (they inherit node's flags); each worker
 * sends its pauses to the main thread, which prints them apart: a worker's GC runs on the
 * other core while the main thread goes on, the main thread's holds the run up.
 */
const RSS_HOOK = `data:text/javascript,import{PerformanceObserver}from'node:perf_hooks';import{isMainThread,BroadcastChannel}from'node:worker_threads';let g=0,w=0;const c=new BroadcastChannel('doc-codegen-bench-gc');c.unref();if(isMainThread)c.onmessage=(m)=>{w+=m.data};new PerformanceObserver((l)=>{let s=0;for(const e of l.getEntries())s+=e.duration;if(isMainThread)g+=s;else c.postMessage(s)}).observe({entryTypes:['gc']});if(isMainThread)process.on('exit',()=>process.stderr.write('\\nMAXRSS '+process.resourceUsage().maxRSS+' GCMS '+Math.round(g)+' GCWORKERMS '+Math.round(w)+'\\n'))`;

/** Runs `node args` in `cwd`; its wall time (ms), peak RSS (MB) and GC pauses (ms) of the main thread and of workers. */
function timed(args, cwd, env = {}) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 1 << 28 });
  const ms = performance.now() - started;
  const rss = Number(/MAXRSS (\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024;
  const gcMs = Number(/GCMS (\d+)/.exec(result.stderr)?.[1] ?? 0);
  const gcWorkerMs = Number(/GCWORKERMS (\d+)/.exec(result.stderr)?.[1] ?? 0);
  // Every run measured must do the whole job: a run stopped by doc errors emits and writes nothing.
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed (${result.status}):\n${result.stderr.slice(-2000)}`);
  return { ms, rss, gcMs, gcWorkerMs, stdout: result.stdout, stderr: result.stderr };
}

/** What the real set needs besides docs and outDir: a name for a doc whose heading is generic, values no doc defines. */
const REAL_SET_CONFIG = {
  names: { 412253: 'OpenApiErrorCode' },
  constants: { 'GLES10.GL_TEXTURE_2D': 3553, 'GLES11Ext.GL_TEXTURE_EXTERNAL_OES': 36197 },
};

/** A project folder whose docs/ is the doc set (a link, or a copy to edit), with a config of the real set's needs (`names` for its copies too). */
async function project(docsDir, name, copy = false, config = REAL_SET_CONFIG) {
  const dir = path.join(os.tmpdir(), 'doc-codegen-bench', name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  if (copy) await cp(docsDir, path.join(dir, 'docs'), { recursive: true });
  else await symlink(docsDir, path.join(dir, 'docs'), 'dir');
  await writeFile(
    path.join(dir, 'doc-codegen.config.json'),
    JSON.stringify({ docs: ['docs/*.md'], outDir: 'out', cacheDir: '.cache', ...config }),
  );
  return dir;
}

/** The synthetic set: `scale` copies of every real doc under new ids, each made distinct by a seeded line. */
async function synthetic(scale) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-synthetic-'));
  let seed = 20261122;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (const file of readdirSync(CORPUS).filter((name) => name.endsWith('.md')).sort()) {
    const text = readFileSync(path.join(CORPUS, file), 'utf8');
    const id = file.replace(/\.md$/, '');
    for (let copy = 0; copy < scale; copy++) {
      const marked = text.replace(/\n---\n/, `\n---\n\n<!-- synthetic copy ${copy} ${random().toFixed(8)} -->\n`);
      await writeFile(path.join(dir, copy === 0 ? file : `${id}${String(copy).padStart(2, '0')}.md`), marked);
    }
  }
  return dir;
}

async function floorA() {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    for (const file of readdirSync(CORPUS)) createHash('sha256').update(readFileSync(path.join(CORPUS, file))).digest('hex');
    times.push(performance.now() - started);
  }
  return median(times);
}

/** remark parse alone, one thread: remark-parse + front matter + remark-gfm, as a plain remark tool reads these docs. */
function floorB() {
  const script = `
    import { readdirSync, readFileSync } from 'node:fs';
    import { unified } from 'unified';
    import remarkParse from 'remark-parse';
    import remarkFrontmatter from 'remark-frontmatter';
    import remarkGfm from 'remark-gfm';
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
    for (const file of readdirSync(${JSON.stringify(CORPUS)})) processor.parse(readFileSync(${JSON.stringify(CORPUS)} + '/' + file, 'utf8'));
  `;
  const times = [];
  for (let run = 0; run < RUNS; run++) times.push(timed(['--input-type=module', '-e', script], ROOT).ms);
  return median(times);
}

/** A bare node start: the floor of any command (floor C). */
function floorC() {
  const times = [];
  for (let run = 0; run < Math.max(RUNS, 5); run++) times.push(timed(['-e', '0'], ROOT).ms);
  return median(times);
}

/** Median time of `doc-codegen args` in `cwd`, after one unmeasured run (so the cache is warm). */
function warmCommand(args, cwd) {
  timed([CLI, ...args], cwd);
  const times = [];
  for (let run = 0; run < Math.max(RUNS, 5); run++) times.push(timed([CLI, ...args], cwd).ms);
  return median(times);
}

/** A ratio against its target, said plainly. */
const against = (ratio, target, floor) => `${ratio.toFixed(2)}× ${floor} (target ≤ ${target}×: ${ratio <= target ? 'met' : 'NOT met'})`;

function generateRuns(dir) {
  const cold = [];
  const warm = [];
  const check = [];
  const gcShare = [];
  const gcWorkers = [];
  /** Each stage's time in the cold runs, as `--timings` prints them. */
  const stages = {};
  let rss = 0;
  for (let run = 0; run < RUNS; run++) {
    spawnSync('rm', ['-rf', path.join(dir, 'out'), path.join(dir, '.cache')]);
    const first = timed([CLI, 'generate', '--timings'], dir);
    for (const [, stage, ms] of /doc-codegen: start-up .*/.exec(first.stderr)?.[0].matchAll(/([a-z -]+?) (\d+) ms/g) ?? []) (stages[stage.replace(/^, /, '').trim()] ??= []).push(Number(ms));
    cold.push(first.ms);
    gcShare.push(first.gcMs / first.ms);
    gcWorkers.push(first.gcWorkerMs);
    rss = Math.max(rss, first.rss);
    warm.push(timed([CLI, 'generate'], dir).ms);
    check.push(timed([CLI, 'generate', '--check'], dir).ms);
  }
  const stageMs = Object.fromEntries(Object.entries(stages).map(([stage, times]) => [stage, median(times)]));
  return { cold: median(cold), warm: median(warm), check: median(check), rss, gcShare: median(gcShare), gcWorkerMs: median(gcWorkers), stageMs };
}

/** Median time from writing a one-doc edit to its output on disk, over 20 edits, in watch mode. */
async function watchLatency(dir) {
  // stderr (every run's report) is not read: ignored, so a full pipe never blocks the watcher.
  const child = spawn(process.execPath, [CLI, 'watch'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'ignore'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  const waitFor = async (check, timeout = 120_000) => {
    const deadline = Date.now() + timeout;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`watch: timed out\n${out}`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  };
  await waitFor(() => /generated|out (updated|up to date)/.test(out));
  // Edit a copy: the doc set itself is never written.
  const docs = path.join(dir, 'docs');
  const target = path.join(docs, '293538.md');
  const output = path.join(dir, 'out/src/293538.ts');
  const original = await readFile(target, 'utf8');
  const latencies = [];
  for (let edit = 1; edit <= 20; edit++) {
    const marker = `成功（第 ${edit} 次编辑）`;
    const started = performance.now();
    await writeFile(target, original.replace('| Success | `0` | 成功 |', `| Success | \`0\` | ${marker} |`));
    await waitFor(() => {
      try {
        return readFileSync(output, 'utf8').includes(marker);
      } catch {
        return false;
      }
    });
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  child.kill('SIGINT');
  await exited;
  await writeFile(target, original);
  return median(latencies);
}

async function velite(docsDir) {
  const dir = path.join(ROOT, 'node_modules/.cache/doc-codegen-bench/velite');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await symlink(docsDir, path.join(dir, 'content'), 'dir');
  await writeFile(
    path.join(dir, 'velite.config.mjs'),
    `import { defineConfig, s } from 'velite';
export default defineConfig({
  root: 'content',
  output: { data: '.velite', assets: '.velite/static', clean: true },
  markdown: { copyLinkedFiles: false },
  collections: { docs: { name: 'Doc', pattern: '*.md', schema: s.object({ keywords: s.string().optional(), content: s.markdown() }) } },
});
`,
  );
  const bin = path.join(ROOT, 'node_modules/velite/bin/velite.js');
  const times = [];
  let rss = 0;
  for (let run = 0; run < RUNS; run++) {
    const result = timed([bin, 'build'], dir);
    times.push(result.ms);
    rss = Math.max(rss, result.rss);
  }
  return { ms: median(times), rss };
}

/**
 * The time to emit the whole package from the model of the real set, every file in memory.
 * JS and .d.ts are written directly with the source (no compiler runs), so this bounds their share.
 */
async function emitTime() {
  // The public API where it has what is needed; the emitter alone is internal.
  const { buildModelFromDocs, resolveConfig } = await import(path.join(ROOT, 'dist/index.js'));
  const { emitPackage } = await import(path.join(ROOT, 'dist/emit/index.js'));
  const { firstRelease } = await import(path.join(ROOT, 'dist/release/release.js'));
  const config = resolveConfig({ docs: ['*.md'], ...REAL_SET_CONFIG }, CORPUS);
  const { model } = await buildModelFromDocs(config);
  const options = { enumStyle: config.enumStyle, package: config.package, release: firstRelease(config.package.version, model.docs.length) };
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    emitPackage(model, options);
    times.push(performance.now() - started);
  }
  return median(times);
}

const rows = [];
const row = (name, ms, note = '') => rows.push({ name, ms: Math.round(ms), note });
log(`doc set ${CORPUS}, ${RUNS} runs per row, synthetic set ×${SCALE}`);
log('floor A: read and hash');
row('floor A: read + hash all docs', await floorA());
log('floor B: remark parse, one thread (slow)');
const floorBms = floorB();
row('floor B: remark parse alone (remark-gfm, 1 thread)', floorBms);
log('floor C: node start');
const floorCms = floorC();
row('floor C: bare node start (`node -e 0`)', floorCms);
log('--help and --version');
row('doc-codegen --help', warmCommand(['--help'], ROOT), '');
rows.at(-1).note = against(rows.at(-1).ms / floorCms, 3, 'floor C');
log('warm --check on the seed docs');
const seeds = path.join(os.tmpdir(), 'doc-codegen-bench', 'seeds');
await rm(seeds, { recursive: true, force: true });
await mkdir(seeds, { recursive: true });
for (const entry of ['docs', 'generated', 'doc-codegen.config.json']) await cp(path.join(ROOT, entry), path.join(seeds, entry), { recursive: true });
const seedsCheck = warmCommand(['generate', '--check'], seeds);
row('warm generate --check, the 2 seed docs', seedsCheck, against(seedsCheck / floorCms, 5, 'floor C'));
const real = await project(CORPUS, 'real');
log('generate on the real set');
const realRuns = generateRuns(real);
row('cold generate', realRuns.cold, against(realRuns.cold / floorBms, 0.12, 'floor B'));
row('GC pauses in cold generate (main thread)', realRuns.cold * realRuns.gcShare, `${(realRuns.gcShare * 100).toFixed(1)}% of it (target ≤ 10%)`);
// Workers parse only with `threads` of 2 or more (the default is 1): their GC is shown then.
if (realRuns.gcWorkerMs > 0) row('GC pauses in parse workers (beside the main thread)', realRuns.gcWorkerMs, `${((realRuns.gcWorkerMs / realRuns.cold) * 100).toFixed(1)}% of the cold run's time`);
const inWorkers = (ms) => (ms > 0 ? `, ${Math.round(ms)} ms in workers` : '');
// The emitter loads while workers parse: its stage is what the run still waits for it after the model.
for (const stage of ['load emitter', 'write']) {
  const ms = realRuns.stageMs[stage] ?? 0;
  row(`cold generate: \`${stage}\` stage (\`--timings\`)`, ms, `${((ms / realRuns.cold) * 100).toFixed(1)}% of it (target < 10%)`);
}
row('warm generate (cache, nothing changed)', realRuns.warm, against(realRuns.warm / floorCms, 10, 'floor C'));
row('warm generate --check', realRuns.check, against(realRuns.check / floorCms, 10, 'floor C'));
log('watch latency (20 edits)');
// A copy (chokidar does not see through a linked folder, and the doc set is never written).
const watchProject = await project(CORPUS, 'watch', true);
row('watch latency, one-doc edit (median of 20)', await watchLatency(watchProject), 'target ≤ 150 ms');
log('emit time');
const emitMs = await emitTime();
row('emit every file, JS + .d.ts included (in memory)', emitMs, `${((emitMs / realRuns.cold) * 100).toFixed(1)}% of cold generate; bounds the JS + .d.ts share (target ≤ 20%)`);
let veliteResult;
if (!flags['skip-velite']) {
  log('velite build (peer)');
  veliteResult = await velite(CORPUS);
  row('peer: velite build, same docs to JSON', veliteResult.ms, `cold generate is ${(veliteResult.ms / realRuns.cold).toFixed(1)}× faster (target ≥ 3×)`);
}
log(`synthetic set ×${SCALE}`);
const syntheticDir = await synthetic(SCALE);
// The copies of a doc named in the config are named the same.
const copyNames = Object.entries(REAL_SET_CONFIG.names).flatMap(([id, name]) =>
  Array.from({ length: SCALE }, (_, copy) => [copy === 0 ? id : `${id}${String(copy).padStart(2, '0')}`, name]),
);
const scaled = generateRuns(await project(syntheticDir, 'synthetic', false, { ...REAL_SET_CONFIG, names: Object.fromEntries(copyNames) }));
row(`cold generate, synthetic ×${SCALE}`, scaled.cold, `${(scaled.cold / realRuns.cold).toFixed(2)}× the real set (linear: ≤ ${(SCALE * 1.05).toFixed(2)}×); GC ${(scaled.gcShare * 100).toFixed(1)}% on the main thread${inWorkers(scaled.gcWorkerMs)}`);
let large;
if (!flags['skip-large']) {
  log(`synthetic set ×${LARGE_SCALE} (one cold run)`);
  const largeDir = await synthetic(LARGE_SCALE);
  const largeNames = Object.entries(REAL_SET_CONFIG.names).flatMap(([id, name]) =>
    Array.from({ length: LARGE_SCALE }, (_, copy) => [copy === 0 ? id : `${id}${String(copy).padStart(2, '0')}`, name]),
  );
  const largeProject = await project(largeDir, 'large', false, { ...REAL_SET_CONFIG, names: Object.fromEntries(largeNames) });
  large = timed([CLI, 'generate'], largeProject);
  row(`cold generate, synthetic ×${LARGE_SCALE}`, large.ms, `${(large.ms / realRuns.cold).toFixed(2)}× the real set (linear: ≤ ${(LARGE_SCALE * 1.05).toFixed(1)}×); GC ${((large.gcMs / large.ms) * 100).toFixed(1)}% on the main thread${inWorkers(large.gcWorkerMs)}`);
  await rm(largeDir, { recursive: true, force: true });
}
const memory = [
  { name: 'peak RSS, cold generate, real set', mb: Math.round(realRuns.rss) },
  { name: `peak RSS, cold generate, synthetic ×${SCALE}`, mb: Math.round(scaled.rss), note: `target ≤ 600 MB; ${(scaled.rss / realRuns.rss).toFixed(2)}× the real set (linear: ≤ ${SCALE}×)` },
];
if (large) memory.push({ name: `peak RSS, cold generate, synthetic ×${LARGE_SCALE}`, mb: Math.round(large.rss), note: `target ≤ 1024 MB; ${(large.rss / realRuns.rss).toFixed(2)}× the real set` });
if (veliteResult) memory.push({ name: 'peak RSS, velite build', mb: Math.round(veliteResult.rss) });
log('bundle sizes');
const bundleWork = path.join(os.tmpdir(), 'doc-codegen-bench', 'bundles');
const generateIn = (dir) => timed([CLI, 'generate', '--no-cache'], dir);
const bundles = [
  ...(await bundleTable(CORPUS, ['85535.md'], path.join(bundleWork, 'real'), generateIn)),
  ...(await bundleTable(path.join(ROOT, 'docs'), ['293538.md', '412253.md'], path.join(bundleWork, 'seeds'), generateIn)),
];
await rm(syntheticDir, { recursive: true, force: true });
await rm(path.join(os.tmpdir(), 'doc-codegen-bench'), { recursive: true, force: true });

const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
if (flags.json) {
  process.stdout.write(`${JSON.stringify({ machine, runs: RUNS, scale: SCALE, rows, memory, bundles }, null, 2)}\n`);
} else {
  const lines = [`doc-codegen bench (${machine}; medians of ${RUNS} runs)`, '', '| measurement | ms | note |', '| --- | ---: | --- |'];
  for (const { name, ms, note } of rows) lines.push(`| ${name} | ${ms} | ${note} |`);
  lines.push('', '| memory | MB | note |', '| --- | ---: | --- |');
  for (const { name, mb, note = '' } of memory) lines.push(`| ${name} | ${mb} | ${note} |`);
  lines.push('', '| bundle of module (enums), style | one enum | one enum + message | everything |', '| --- | ---: | ---: | ---: |');
  const bytes = ({ esbuild, rollup }) => `${esbuild} B (rollup ${rollup} B)`;
  for (const { module, enums, style, sizes } of bundles) lines.push(`| ${module} (${enums}), ${style} | ${IMPORTS.map((what) => bytes(sizes[what])).join(' | ')} |`);
  lines.push('', 'Bundles: esbuild minified; rollup tree-shaken, not minified.');
  process.stdout.write(`${lines.join('\n')}\n`);
}
