// `doc-codegen init`: writes a first doc-codegen.config.json for the docs in this folder.
import { plural } from '../util/plural.js';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE_NAME } from '../config.js';
import { draftConfig, type DocFindings } from '../init.js';
import type { CliIo } from './io.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './report.js';

/** This package's config schema (dist/cli/ and src/cli/ are both two folders below it). */
const SCHEMA_FILE = fileURLToPath(new URL('../../schema/config.schema.json', import.meta.url));

export async function runInit(io: CliIo): Promise<number> {
  const drafted = await draftConfig(io.cwd, SCHEMA_FILE);
  if (drafted.existing) {
    io.stderr.write(`doc-codegen: ${path.relative(io.cwd, drafted.existing)} already exists; init writes a new config only. Edit that one, or move it away and run init again.\n`);
    return EXIT_USAGE;
  }
  if (drafted.docs === 0) {
    io.stderr.write('doc-codegen: no Markdown or MDX docs (*.md, *.mdx) in this folder or below it; run init in the folder that holds the docs.\n');
    return EXIT_FAILED;
  }
  await writeFile(path.join(io.cwd, CONFIG_FILE_NAME), `${JSON.stringify(drafted.config, null, 2)}\n`, { flag: 'wx' });
  const names = Object.entries(drafted.config.names ?? {});
  const { config } = drafted;
  const lines = [
    `doc-codegen: wrote ${CONFIG_FILE_NAME}: ${plural(drafted.docs, 'doc')} (${config.docs?.join(', ')}), output in generated/ as package ${config.package?.name}, messages under locale ${config.locale} (read from the docs' text).`,
    'No "docsBaseUrl" (init cannot tell where your doc pages are), so no enum links to a doc page: set it to their address (a doc\'s page is docsBaseUrl + its file name without the extension) to have each enum link to its page.',
    ...foundLines(drafted.found),
  ];
  const modules = Object.entries(config.modules ?? {});
  if (modules.length > 0) {
    lines.push(`Named ${plural(modules.length, 'module')} whose doc's file name cannot name one (a file name and a subpath export; under "modules"):`);
    for (const [docId, module] of modules) lines.push(`  ${docId}: ${module} (from ${drafted.modulesFrom[docId] ?? 'its file name'})`);
  }
  if (names.length > 0) {
    lines.push(`Named ${plural(names.length, 'table')} without a heading, or whose heading reads as a sentence (rename as you like, under "names"):`);
    for (const [docId, name] of names) lines.push(`  ${docId}: ${name}`);
  }
  lines.push('Next:', '  npx doc-codegen lint        check the docs', '  npx doc-codegen generate    write the generated package');
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}


/** Per doc: each definition with its members and how its columns were read, then the tables not read. */
function foundLines(found: readonly DocFindings[]): string[] {
  const lines: string[] = [];
  for (const doc of found) {
    lines.push(`${doc.path}:`);
    for (const definition of doc.definitions) {
      lines.push(`  ${definition.name}: ${plural(definition.members, 'member')}`);
      for (const column of definition.columns ?? []) lines.push(`    ${column.header} → ${column.role} (${column.reason})`);
    }
    for (const unread of doc.unread) lines.push(`  not read: ${unread}`);
  }
  return lines;
}
