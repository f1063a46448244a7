// The CLI's progress line: only on a terminal, only after a second, redrawn at most every
// 100 ms (and on the last step), erased at the end.
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';

function terminal(isTTY = true) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (text: string) => writes.push(text) }, writes };
}

describe('progressLine', () => {
  it('draws nothing in the first second, then redraws in place, at most every 100 ms, and erases itself', () => {
    const { stream, writes } = terminal();
    let time = 0;
    const line = progressLine(stream, { enabled: true, now: () => time });
    line.onProgress?.({ stage: 'parse', done: 1, total: 39 });
    time = 999;
    line.onProgress?.({ stage: 'parse', done: 2, total: 39 });
    expect(writes).toEqual([]);
    time = 1000;
    line.onProgress?.({ stage: 'parse', done: 3, total: 39 });
    time = 1050;
    line.onProgress?.({ stage: 'parse', done: 4, total: 39 });
    line.onProgress?.({ stage: 'parse', done: 39, total: 39 });
    time = 1200;
    line.onProgress?.({ stage: 'emit', done: 0, total: 1259 });
    line.onProgress?.({ stage: 'write', done: 1460, total: 1460 });
    line.done();
    expect(writes).toEqual([
      '\r\u001b[2Kdoc-codegen: 3 of 39 docs parsed…',
      '\r\u001b[2Kdoc-codegen: 39 of 39 docs parsed…',
      '\r\u001b[2Kdoc-codegen: emitting 1259 enums…',
      '\r\u001b[2Kdoc-codegen: 1460 of 1460 files written…',
      '\r\u001b[2K',
    ]);
  });

  it('is silent when not on a terminal, or when disabled (--format json)', () => {
    let time = 5000;
    for (const [isTTY, enabled] of [[false, true], [true, false]] as const) {
      const { stream, writes } = terminal(isTTY);
      const line = progressLine(stream, { enabled, now: () => (time += 500) });
      expect(line.onProgress).toBeUndefined();
      line.done();
      expect(writes).toEqual([]);
    }
  });
});
