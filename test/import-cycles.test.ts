// The layout holds: no import cycle among src/ modules (type-only imports count), and the
// stages import in one direction (`node scripts/import-cycles.mjs` prints any cycle).
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a script in plain JavaScript, without types.
import { importCycles, importGraph } from '../scripts/import-cycles.mjs';

const graph = (importGraph as () => Map<string, string[]>)();

describe('imports in src/', () => {
  it('form no cycle', () => {
    expect((importCycles as (graph: Map<string, string[]>) => string[][])(graph)).toEqual([]);
  });

  it.each([
    ['diagnostics/', ['model/', 'extract/', 'emit/', 'parse/', 'write/']],
    ['infer/', ['model/', 'extract/', 'emit/', 'parse/', 'scan/', 'write/', 'cli/']],
    ['model/', ['extract/', 'emit/', 'parse/', 'write/', 'cli/']],
    ['extract/', ['emit/', 'write/', 'cli/']],
    ['emit/', ['extract/', 'parse/', 'cli/']],
  ])('keep %s from importing %j', (folder, forbidden) => {
    const offending = [...graph].flatMap(([file, targets]) =>
      file.startsWith(folder) ? targets.filter((target) => forbidden.some((other) => target.startsWith(other))).map((target) => `${file} → ${target}`) : [],
    );
    expect(offending).toEqual([]);
  });
});
