// ICU MessageFormat catalogs (locales/<locale>/<module>.icu.json) are safe for FormatJS:
// every message, formatted by intl-messageformat, gives back exactly the text of the doc
// (as the i18next catalog holds it), whatever braces, apostrophes or tags the doc has.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { icuEscape } from '../src/emit/catalogs.js';
import { expectedDir, goldenCases, STYLES } from './helpers/fixtures.js';
import { GENERATED } from './helpers/paths.js';

function format(message: string, locale: string): string {
  return String(new IntlMessageFormat(message, locale).format());
}

describe('icuEscape', () => {
  it.each([
    'plain text',
    "it's",
    "''",
    '{name}',
    '{ braces } and {{double}}',
    "a '{' quoted brace",
    '<b>tag</b> and a < b > c',
    '# hash {0, plural, one {#}}',
    "'{}'",
    "end with '",
    '参数 {x} 不合法',
  ])('%j formats back to itself', (text) => {
    expect(format(icuEscape(text), 'en')).toBe(text);
  });
});

const TREES = [['generated/', GENERATED] as const, ...goldenCases().flatMap((name) => STYLES.slice(0, 1).map((style) => [`fixture ${name}`, expectedDir(name, style)] as const))];

describe.each(TREES)('%s', (_label, tree) => {
  it('formats every ICU message back to its i18next text', async () => {
    let checked = 0;
    for (const locale of readdirSync(path.join(tree, 'locales'))) {
      for (const file of readdirSync(path.join(tree, 'locales', locale)).filter((name) => name.endsWith('.icu.json'))) {
        const icu = JSON.parse(await readFile(path.join(tree, 'locales', locale, file), 'utf8')) as Record<string, string>;
        const plain = JSON.parse(await readFile(path.join(tree, 'locales', locale, file.replace('.icu.json', '.json')), 'utf8')) as Record<
          string,
          Record<string, { message: string; solution?: string }>
        >;
        for (const [id, message] of Object.entries(icu)) {
          if (id === '$comment') continue;
          const [enumName = '', member = '', field] = id.split('.');
          const entry = plain[enumName]?.[member];
          expect(entry, `${file} ${id}`).toBeDefined();
          expect(format(message, locale), `${file} ${id}`).toBe(field === 'solution' ? entry?.solution : entry?.message);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
