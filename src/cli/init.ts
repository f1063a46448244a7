// `doc-codegen init`: writes a first doc-codegen.config.json for the docs in this folder.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE_NAME } from '../config.js';
import { draftConfig } from '../init.js';
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
    io.stderr.write('doc-codegen: no Markdown docs (*.md) in this folder or below it; run init in the folder that holds the docs.\n');
    return EXIT_FAILED;
  }
  await writeFile(path.join(io.cwd, CONFIG_FILE_NAME), `${JSON.stringify(drafted.config, null, 2)}\n`, { flag: 'wx' });
  const names = Object.entries(drafted.config.names ?? {});
  const lines = [`doc-codegen: wrote ${CONFIG_FILE_NAME}: ${drafted.docs} docs (${drafted.config.docs?.join(', ')}), output in generated/.`];
  if (names.length > 0) {
    lines.push(`Named ${names.length} table${names.length === 1 ? '' : 's'} without a heading (rename as you like, under "names"):`);
    for (const [docId, name] of names) lines.push(`  ${docId}: ${name}`);
  }
  lines.push('Next:', '  npx doc-codegen lint        check the docs', '  npx doc-codegen generate    write the generated package');
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
