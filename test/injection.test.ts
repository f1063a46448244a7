// Hostile docs (test/fixtures/golden/injection): the generated JS, run for real, means
// what the doc says. No prototype is set or polluted, no comment or string is broken.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectedDir, readTree, STYLES } from './helpers/fixtures.js';

interface Entry {
  message: string;
  solution?: string;
}

describe.each(STYLES)('enumStyle %s', (style) => {
  it('keeps no link but http(s), mailto and doc links: no javascript:, data: or file: in any file', async () => {
    const tree = await readTree(expectedDir('injection', style));
    const model = tree.get('model.json') ?? '';
    expect(model).toContain('mailto:ops@example.com');
    expect(model).toContain('a script, hidden, data and a file');
    for (const [file, text] of tree) expect(text, file).not.toMatch(/javascript:|java\tscript:|data:text|file:\/\//);
  });

  const load = async () => {
    const dir = expectedDir('injection', style);
    return (await import(pathToFileURL(path.join(dir, 'dist/400001.js')).href)) as Record<string, unknown>;
  };

  it('keeps every hostile member name as an own, working member', async () => {
    const module = await load();
    const getName = module.getHostileName as (value: unknown) => string | undefined;
    const getMessage = module.getHostileMessage as (value: unknown) => Entry;
    expect([1, 2, 3, 4, 5, 6, 7].map(getName)).toEqual(['__proto___', 'constructor', 'toString', 'default', 'delete', 'hasOwnProperty', 'valueOf']);
    expect(getMessage(1)).toEqual({ message: 'sets the prototype? */ no' });
    expect(getMessage(2)).toEqual({ message: 'a ${x} template and a back`tick' });
    expect(getMessage(3).message).toBe('line separator\u2028and paragraph separator\u2029here');
    expect((module.isHostile as (value: unknown) => boolean)('constructor')).toBe(false);
    expect((module.isHostile as (value: unknown) => boolean)(undefined)).toBe(false);
    if (style !== 'union') {
      const hostile = module.Hostile as Record<string, unknown>;
      expect(Object.getPrototypeOf(hostile)).toBe(Object.prototype);
      expect(hostile.constructor).toBe(2);
      expect(hostile.__proto___).toBe(1);
      expect(Object.hasOwn(hostile, '__proto__')).toBe(false);
    }
  });

  it('keys string codes like __proto__ as own catalog entries, never the prototype', async () => {
    const module = await load();
    const messages = (module.hostileCodesMessages as Record<string, Record<string, Entry>>)['zh-CN'] ?? {};
    expect(Object.getPrototypeOf(messages)).toBe(Object.prototype);
    expect(Object.hasOwn(messages, '__proto__')).toBe(true);
    expect(messages['__proto__']).toEqual({ message: 'code named proto', solution: '*/ in a solution' });
    expect((module.getHostileCodesName as (value: unknown) => string)('__proto__')).toBe('__proto___');
    expect((module.isHostileCodes as (value: unknown) => boolean)('toString')).toBe(false);
    expect((module.getHostileCodesMessage as (value: unknown) => Entry)('a"b')).toEqual({ message: 'quote in a code', solution: 'backslash \\ too' });
    // A key the catalog lacks never finds a prototype's property.
    expect((module.getHostileCodesMessage as (value: unknown) => Entry)('toString')).toEqual({ message: 'toString' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('writes JSON that parses back to the doc text without touching prototypes', async () => {
    const text = await readFile(path.join(expectedDir('injection', style), 'locales/zh-CN/400001.json'), 'utf8');
    const catalog = JSON.parse(text) as Record<string, Record<string, Entry>>;
    expect(Object.keys(catalog.Hostile ?? {})).toEqual(['__proto___', 'constructor', 'toString', 'default', 'delete', 'hasOwnProperty', 'valueOf']);
    expect(catalog.HostileCodes?.a_b).toEqual({ message: 'quote in a code', solution: 'backslash \\ too' });
  });
});

it('never lets doc text close a generated comment', async () => {
  for (const style of STYLES) {
    const source = await readFile(path.join(expectedDir('injection', style), 'src/400001.ts'), 'utf8');
    let inComment = false;
    for (const [index, line] of source.split('\n').entries()) {
      const at = `${style} src/400001.ts:${index + 1}: ${line}`;
      if (!inComment) {
        if (/^\s*\/\*\*/.test(line)) inComment = !line.includes('*/', line.indexOf('/**') + 3) || !/\*\/\s*$/.test(line);
        continue;
      }
      // Inside a doc comment every line is ` * text` with no `*/`, until the line that is just ` */`.
      if (/^\s*\*\/$/.test(line)) inComment = false;
      else expect(line.includes('*/'), at).toBe(false);
    }
    expect(inComment).toBe(false);
  }
});
