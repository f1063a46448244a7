// Content inference, as a property: rename every table header of the wild fixture's docs to
// words from no list (random, on committed seeds) and the docs read the same: the same
// enums with the same members, values and texts. Header words only ever decide what content
// cannot tell: a description from a solution (compared joined), a code table from an enum
// (not compared), and the headers that key attributes (compared by value).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { discoverFiles, sourceFile } from '../src/discover/files.js';
import { columnSynonyms, headerRole } from '../src/infer/headers.js';
import { DELIMITER_ROW } from '../src/infer/lines.js';
import type { Model, SourceFile } from '../src/model/types.js';
import { modelFromFiles } from '../src/read-docs.js';
import { WILD_DIR } from './helpers/fixtures.js';

const SEEDS = [20261207, 1871, 424242];
const RUNS = 10;
const synonyms = columnSynonyms();

/** A word from no list: syllables of consonant and vowel, never a header doc-codegen knows. */
const unknownWord = fc
  .array(fc.tuple(fc.constantFrom(...'bdfgklmnprstvz'), fc.constantFrom(...'aeiou')), { minLength: 2, maxLength: 4 })
  .map((syllables) => syllables.map(([consonant, vowel]) => consonant + vowel).join(''))
  .filter((word) => headerRole(word, synonyms) === undefined);

/** The doc with each table header's cells replaced by the next words. */
function renameHeaders(text: string, words: readonly string[]): string {
  const lines = text.split('\n');
  let next = 0;
  lines.forEach((line, index) => {
    const header = lines[index - 1];
    if (index === 0 || header === undefined || !line.includes('-') || !DELIMITER_ROW.test(line) || !header.includes('|')) return;
    const outer = header.trim().startsWith('|');
    const cells = header.trim().replace(/^\||\|$/g, '').split('|');
    const renamed = cells.map(() => ` ${words[next++ % words.length]}${Math.floor(next / words.length) || ""} `).join("|");
    lines[index - 1] = outer ? `|${renamed}|` : renamed;
  });
  return lines.join('\n');
}

/** What the docs say of each enum, without what only header words can say. */
function reading(model: Model): unknown[] {
  return model.enums.map((enumDef) => ({
    module: enumDef.module,
    name: enumDef.name,
    members: enumDef.members.map((member) => ({
      name: member.name,
      value: member.value,
      aliasOf: member.aliasOf,
      text: [member.description?.text, member.solution?.text].filter((text) => text !== undefined).join('\n\n'),
      attributes: Object.values(member.attributes ?? {}),
    })),
  }));
}

describe('content inference reads tables whatever their header words', async () => {
  const config = await loadConfig(path.join(WILD_DIR, 'doc-codegen.config.json'));
  const { files } = await discoverFiles(config.root, config.docs);
  const original = await modelFromFiles(files, config, { wholeDocSet: true });

  it('reads every wild doc (the fixture holds at least 30 docs and as many enums)', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(original.model.enums.length).toBeGreaterThanOrEqual(30);
  });

  it.each(SEEDS)('reads the same after the headers are renamed (seed %i)', async (seed) => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(unknownWord, { minLength: 8, maxLength: 40 }), async (words) => {
        const renamed: SourceFile[] = files.map((file) => sourceFile(file.path, new TextEncoder().encode(renameHeaders(readFileSync(path.join(config.root, file.path), 'utf8'), words))));
        const { model } = await modelFromFiles(renamed, config, { wholeDocSet: true });
        expect(reading(model)).toEqual(reading(original.model));
      }),
      { numRuns: RUNS, seed },
    );
  });
});
