#!/usr/bin/env node
// npm run bench:threads: whether a second core can speed up the parse on this machine. The docs
// that go to remark are split in two halves (largest first, alternating); each half is parsed
// by a process of its own, first one after the other, then both at once; a loop that touches
// no memory is run the same two ways as a control. If two halves at once take as long as the
// whole, the cores share what the parse is bound by, and no thread count can pay.
//   node scripts/parse-threads.mjs [--corpus <dir>] [--half 0|1]
import { spawnSync, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: flags } = parseArgs({
  options: {
    corpus: { type: 'string', default: process.env.DOC_CODEGEN_CORPUS ?? path.join(ROOT, '../shared/corpus/volcengine-rtc-docs') },
    half: { type: 'string' },
    spin: { type: 'boolean', default: false },
  },
});

if (flags.spin) {
  // The control: arithmetic in registers, no allocation.
  const started = performance.now();
  let sum = 0;
  for (let index = 0; index < 2e9; index++) sum += index & 1;
  process.stdout.write(`${Math.round(performance.now() - started)} ${sum}\n`);
} else if (flags.half !== undefined) {
  const { resolveConfig } = await import(path.join(ROOT, 'dist/config.js'));
  const { discoverFiles } = await import(path.join(ROOT, 'dist/discover/files.js'));
  const { readWithParser } = await import(path.join(ROOT, 'dist/parse/read.js'));
  const { mayDefine } = await import(path.join(ROOT, 'dist/scan/prescan.js'));
  const { columnSynonyms } = await import(path.join(ROOT, 'dist/infer/headers.js'));
  const config = resolveConfig({ docs: ['*.md'], locale: 'zh-CN', outDir: path.join(ROOT, 'node_modules/.cache/parse-threads') }, path.resolve(flags.corpus));
  const synonyms = columnSynonyms(config.columns);
  const { files } = await discoverFiles(config.root, config.docs);
  const half = Number(flags.half);
  const mine = files.filter((file) => mayDefine(file.text, synonyms)).sort((a, b) => b.text.length - a.text.length).filter((_, index) => index % 2 === half);
  const started = performance.now();
  for (const file of mine) readWithParser(file, synonyms, config.includeStatus, true);
  process.stdout.write(`${Math.round(performance.now() - started)}\n`);
} else {
  const self = fileURLToPath(import.meta.url);
  const alone = (args) => Number(spawnSync(process.execPath, [self, ...args], { encoding: 'utf8' }).stdout.split(' ')[0]);
  const together = (a, b) =>
    Promise.all([a, b].map((args) => new Promise((resolve) => {
      const child = spawn(process.execPath, [self, ...args]);
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.on('close', () => resolve(Number(out.split(' ')[0])));
    })));
  const corpus = ['--corpus', flags.corpus];
  const parse = [alone([...corpus, '--half', '0']), alone([...corpus, '--half', '1'])];
  const parseTogether = await together([...corpus, '--half', '0'], [...corpus, '--half', '1']);
  const spin = [alone(['--spin']), alone(['--spin'])];
  const spinTogether = await together(['--spin'], ['--spin']);
  const line = (name, one, both) => `| ${name} | ${one.join(' + ')} ms | ${both.join(', ')} ms | ${(one.reduce((a, b) => a + b) / Math.max(...both)).toFixed(2)}× |`;
  process.stdout.write(['| work | one after the other | both at once | speed-up |', '| --- | ---: | ---: | ---: |', line('parse, two halves of the docs remark reads', parse, parseTogether), line('control: a loop in registers', spin, spinTogether)].join('\n') + '\n');
}
