#!/usr/bin/env node
// Lists the import cycles among src/ modules (type-only imports count too: a cycle of types
// is a cycle of design). `node scripts/import-cycles.mjs` prints them and exits 1 when there
// are any; test/import-cycles.test.ts keeps the list empty.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Each module of `src` (relative, posix) with the modules it imports. */
export function importGraph(srcDir = path.join(ROOT, 'src')) {
  const files = readdirSync(srcDir, { recursive: true })
    .map((file) => String(file).split(path.sep).join('/'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
  const graph = new Map();
  for (const file of files) {
    const text = readFileSync(path.join(srcDir, file), 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((match) => path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1].replace(/\.js$/, '.ts'))));
    graph.set(file, [...new Set(targets)].filter((target) => files.includes(target)).sort());
  }
  return graph;
}

/** The strongly connected components of more than one module (Tarjan), each sorted. */
export function importCycles(graph = importGraph()) {
  let index = 0;
  const stack = [];
  const state = new Map();
  const cycles = [];
  const visit = (node) => {
    state.set(node, { index, low: index, onStack: true });
    index++;
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!state.has(next)) {
        visit(next);
        state.get(node).low = Math.min(state.get(node).low, state.get(next).low);
      } else if (state.get(next).onStack) state.get(node).low = Math.min(state.get(node).low, state.get(next).index);
    }
    if (state.get(node).low === state.get(node).index) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        state.get(member).onStack = false;
        component.push(member);
      } while (member !== node);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cycles = importCycles();
  for (const cycle of cycles) console.log(`cycle: ${cycle.join(' → ')}`);
  console.log(cycles.length === 0 ? 'no import cycles in src/' : `${cycles.length} import cycle(s) in src/`);
  process.exitCode = cycles.length === 0 ? 0 : 1;
}
