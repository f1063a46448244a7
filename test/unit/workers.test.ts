import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { sourceFile } from '../../src/discover/files.js';
import { Worker } from 'node:worker_threads';
import { readInParallel, startWorkers, type ParseWorker } from '../../src/parse/workers.js';
import { REPO_ROOT } from '../helpers/paths.js';

/** A doc of about 60 KB: prose the slicer leaves out, and one enum it keeps (so the parse is cheap, and the text over the threads' threshold). */
function doc(index: number): string {
  const prose = Array.from({ length: 900 }, (_, line) => `Paragraph ${line} of doc ${index}, which defines nothing at all here.\n`).join('\n');
  const rows = Array.from({ length: 4 }, (_, row) => `| kMode${index}${row} | ${row} | 模式 ${row} |`).join('\n');
  return `---\nstatus: 1\n---\n\n${prose}\n# Mode${index}\n\`\`\`cpp\nenum Mode${index}\n\`\`\`\n\n## 枚举值\n\n| 类型 | 值 | 说明 |\n| --- | --- | --- |\n${rows}\n`;
}

describe('readInParallel (worker threads)', () => {
  // Workers run the built reader; `npm ci` builds it (prepare), as CI does.
  const built = existsSync(path.join(REPO_ROOT, 'dist/parse/read-worker.js'));
  const files = Array.from({ length: 20 }, (_, index) => sourceFile(`docs/${index}.md`, new TextEncoder().encode(doc(index))));
  const bytes = files.reduce((sum, file) => sum + file.text.length, 0);
  const read = async (threads: number) => {
    const config = resolveConfig({ docs: ['docs/*.md'], threads }, REPO_ROOT);
    let whileParsing = 0;
    const progress: number[] = [];
    const workers = startWorkers(config, bytes);
    const reads = await readInParallel(files, config, true, { workers, whileParsing: () => whileParsing++, onParsed: (done) => progress.push(done) });
    // Each doc is told once, whichever thread read it.
    expect(progress).toEqual(files.map((_, index) => index + 1));
    return { workers: workers.length, whileParsing, reads: Object.fromEntries(reads.map(([file, result]) => [file.path, JSON.stringify(result)])) };
  };

  it('reads on a worker and on the main thread, while the caller goes on, what the main thread reads alone', async () => {
    expect(built).toBe(true);
    expect(bytes).toBeGreaterThan(1 << 20);
    const alone = await read(1);
    expect(alone.workers).toBe(0);
    expect(alone.whileParsing).toBe(0);
    expect(Object.keys(alone.reads)).toHaveLength(20);
    expect(alone.reads['docs/3.md']).toContain('kMode30');
    const withWorker = await read(2);
    // One worker where there are two cores or more (CI's machines have two).
    const workers = Math.min(2, availableParallelism()) - 1;
    expect(withWorker.workers).toBe(workers);
    expect(withWorker.whileParsing).toBe(workers);
    expect(withWorker.reads).toEqual(alone.reads);
  });

  it('starts no worker for less than a megabyte, and stops the ones a small set does not need', async () => {
    const config = resolveConfig({ docs: ['docs/*.md'], threads: 2 }, REPO_ROOT);
    expect(startWorkers(config, 1000)).toEqual([]);
    const workers = startWorkers(config, bytes);
    expect(workers).toHaveLength(Math.min(2, availableParallelism()) - 1);
    const exited = Promise.all(workers.map(({ thread }) => new Promise((resolve) => thread.once('exit', resolve))));
    const reads = await readInParallel(files.slice(0, 2), config, true, { workers });
    expect(reads).toHaveLength(2);
    await exited;
  });

  it('fails with the error of a worker that fails, and stops parsing here', async () => {
    const config = resolveConfig({ docs: ['docs/*.md'], threads: 2 }, REPO_ROOT);
    const thread = new Worker("throw new Error('the worker broke');", { eval: true });
    const failed = new Promise<never>((_resolve, reject) => thread.once('error', reject));
    // The worker has failed before this thread reads a doc (waiting on the event, not on time).
    await expect(failed).rejects.toThrow('the worker broke');
    let parsedHere = 0;
    await expect(readInParallel(files, config, true, { workers: [{ thread, failed }], onParsed: () => parsedHere++ })).rejects.toThrow('the worker broke');
    // This thread stopped at its next doc instead of reading the rest alone.
    expect(parsedHere).toBe(0);
  });
});
