// Files and functions stay small enough to read whole: no src/ file over 300 lines, no
// function over 60 (`node scripts/code-size.mjs` lists any; generated files are left out).
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a script in plain JavaScript, without types.
import { oversized } from '../scripts/code-size.mjs';

describe('src/', () => {
  it('has no file over 300 lines and no function over 60 lines', () => {
    expect((oversized as () => string[])()).toEqual([]);
  });
});
