// What an app pays for one enum of a generated module: the module bundled from an entry that
// imports one enum (or one enum and its message getter, or everything) with esbuild (minified)
// and rollup (tree-shaken, not minified), and the enum's own share of the module's code to
// hold those sizes against. Shared by test/bundle-size.test.ts and `npm run bench`.
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { parseAst } from 'rollup/parseAst';

/** What the entry imports: the enum, the enum and its message getter, or the whole module. */
export const IMPORTS = ['enum', 'enum + message', 'everything'];

const lowerFirst = (name) => name.charAt(0).toLowerCase() + name.slice(1);

/** The names a module declares for enum `name` (its value, guard, names map, messages, getters). */
export function namesOf(name) {
  return [name, `is${name}`, `to${name}`, `get${name}Name`, `get${name}Message`, `${lowerFirst(name)}Names`, `${lowerFirst(name)}Messages`];
}

/** The entry's code: it imports from `./dist/<module>.js` and uses what it imports, so nothing is dropped as unused. */
export function entryCode(what, style, module, enumDef) {
  const from = JSON.stringify(`./dist/${module}.js`);
  const [member] = enumDef.members;
  const value = JSON.stringify(member.value);
  if (what === 'everything') return `import * as all from ${from};\nconsole.log(all);\n`;
  const used = style === 'union' ? `is${enumDef.name}(${value})` : `${enumDef.name}[${JSON.stringify(member.name)}]`;
  const imported = style === 'union' ? [`is${enumDef.name}`] : [enumDef.name];
  if (what === 'enum') return `import { ${imported.join(', ')} } from ${from};\nconsole.log(${used});\n`;
  return `import { ${[...imported, `get${enumDef.name}Message`].join(', ')} } from ${from};\nconsole.log(${used}, get${enumDef.name}Message(${value}));\n`;
}

/** The bundle of `entry` (code importing from `dir`) by `bundler`: its text. */
export async function bundle(bundler, dir, entry) {
  if (bundler === 'esbuild') {
    const result = await build({ stdin: { contents: entry, resolveDir: dir, loader: 'js' }, bundle: true, minify: true, charset: 'utf8', format: 'esm', write: false, logLevel: 'silent' });
    return result.outputFiles[0]?.text ?? '';
  }
  // rollup reads its entry from disk; the file is removed again whatever happens.
  const file = path.join(dir, `.bundle-entry-${process.pid}.mjs`);
  writeFileSync(file, entry);
  try {
    const built = await rollup({ input: file, onwarn: () => {} });
    const { output } = await built.generate({ format: 'es' });
    await built.close();
    return output[0].code;
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * The bytes of `dist/<module>.js` that are enum `name`'s own: its top-level statements, each
 * with the comments and space before it; plus `dist/message.js`, the helper its getter needs.
 */
export function ownBytes(dir, module, name) {
  const text = readFileSync(path.join(dir, 'dist', `${module}.js`), 'utf8');
  const own = new Set(namesOf(name));
  let bytes = 0;
  let previousEnd = 0;
  for (const statement of parseAst(text).body) {
    if (declaredNames(statement).some((declared) => own.has(declared))) bytes += Buffer.byteLength(text.slice(previousEnd, statement.end));
    previousEnd = statement.end;
  }
  return bytes + Buffer.byteLength(readFileSync(path.join(dir, 'dist', 'message.js'), 'utf8'));
}

function declaredNames(statement) {
  const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
  if (!declaration) return [];
  if (declaration.type === 'VariableDeclaration') return declaration.declarations.map((declarator) => declarator.id.name);
  return declaration.id ? [declaration.id.name] : [];
}

/** Bytes of each import of IMPORTS from `module` of the package in `dir`, by bundler: `{ [what]: { esbuild, rollup } }`. */
export async function bundleSizes(dir, module, enumDef, style) {
  const sizes = {};
  for (const what of IMPORTS) {
    const entry = entryCode(what, style, module, enumDef);
    sizes[what] = { esbuild: Buffer.byteLength(await bundle('esbuild', dir, entry)), rollup: Buffer.byteLength(await bundle('rollup', dir, entry)) };
  }
  return sizes;
}

/**
 * The bundle table of `npm run bench`: for each doc of `docsDir` named in `docs` (a module of
 * its own) and each enum style, the sizes of one enum (the module's first), one enum and its
 * message getter, and everything. `generate(dir)` runs doc-codegen in a project folder.
 */
export async function bundleTable(docsDir, docs, workDir, generate) {
  const rows = [];
  for (const style of ['enum', 'const-object', 'union']) {
    const dir = path.join(workDir, style);
    mkdirSync(dir, { recursive: true });
    symlinkSync(docsDir, path.join(dir, 'docs'), 'dir');
    const config = { docs: docs.map((doc) => `docs/${doc}`), outDir: 'out', locale: 'zh-CN', enumStyle: style, names: { 412253: 'OpenApiErrorCode' } };
    writeFileSync(path.join(dir, 'doc-codegen.config.json'), JSON.stringify(config));
    generate(dir);
    const out = path.join(dir, 'out');
    const { enums } = JSON.parse(readFileSync(path.join(out, 'model.json'), 'utf8'));
    for (const module of [...new Set(enums.map((enumDef) => enumDef.module))]) {
      const inModule = enums.filter((enumDef) => enumDef.module === module);
      rows.push({ module, enums: inModule.length, style, sizes: await bundleSizes(out, module, inModule[0], style) });
    }
  }
  return rows;
}
