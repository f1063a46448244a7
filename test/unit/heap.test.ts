// The CLI's heap policy for large doc sets (src/util/heap.ts), in a child process: the V8
// setting is process-wide, and this node must know the flag (an unknown one prints an error).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LARGE_DOC_SET_CHARS } from '../../src/util/heap.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { run } from '../helpers/run.js';

const HEAP_MODULE = pathToFileURL(path.join(REPO_ROOT, 'dist/util/heap.js')).href;

function limitIn(child: { env?: NodeJS.ProcessEnv }, ...sizes: number[]) {
  const script = `import { limitHeapGrowth } from ${JSON.stringify(HEAP_MODULE)};
    const results = ${JSON.stringify(sizes)}.map((chars) => limitHeapGrowth({ chars }));
    // Allocate enough for full collections, which read the setting.
    let keep = [];
    for (let round = 0; round < 40; round++) keep = Array.from({ length: 50000 }, (_, i) => ({ i, text: 'x'.repeat(20) + round }));
    console.log(JSON.stringify(results), keep.length);`;
  return run(process.execPath, ['--input-type=module', '-e', script], { env: { NODE_OPTIONS: '', ...child.env } });
}

describe('heap growth for large doc sets', () => {
  it('is capped above the size, not below it, and this node accepts the setting', () => {
    const result = limitIn({}, LARGE_DOC_SET_CHARS, LARGE_DOC_SET_CHARS + 1, 1);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('[false,true,true] 50000');
  });

  it('is left to the user who tuned the heap', () => {
    const result = limitIn({ env: { NODE_OPTIONS: '--max-old-space-size=2048' } }, LARGE_DOC_SET_CHARS * 2);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('[false] 50000');
  });
});
