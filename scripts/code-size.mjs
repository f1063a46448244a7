#!/usr/bin/env node
// Lists src/ files over 300 lines and functions over 60 lines (generated files left out:
// *.generated.ts is a compiler's output). `node scripts/code-size.mjs` prints them and exits 1
// when there are any; test/code-size.test.ts keeps the list empty.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ts } from 'ts-morph';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MAX_FILE_LINES = 300;
export const MAX_FUNCTION_LINES = 60;

/** `file:line name (n lines)` for every file and function over the limits. */
export function oversized(srcDir = path.join(ROOT, 'src')) {
  const found = [];
  const files = readdirSync(srcDir, { recursive: true })
    .map((file) => String(file).split(path.sep).join('/'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('.generated.ts'))
    .sort();
  for (const file of files) {
    const text = readFileSync(path.join(srcDir, file), 'utf8');
    const lineCount = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lineCount > MAX_FILE_LINES) found.push(`src/${file} (${lineCount} lines)`);
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const lines = end - start + 1;
        if (lines > MAX_FUNCTION_LINES) found.push(`src/${file}:${start + 1} ${functionName(node)} (${lines} lines)`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function functionName(node) {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  return '(anonymous function)';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const found = oversized();
  if (found.length === 0) console.log(`no file over ${MAX_FILE_LINES} lines and no function over ${MAX_FUNCTION_LINES} lines in src/`);
  else console.log(found.join('\n'));
  process.exit(found.length === 0 ? 0 : 1);
}
