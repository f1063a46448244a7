import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { sourceFile } from '../../src/discover/files.js';
import { readInParallel } from '../../src/parse/workers.js';
import { REPO_ROOT } from '../helpers/paths.js';

/** A doc of about 60 KB: prose the slicer leaves out, and one enum it keeps (so the parse is cheap, and the text over the threads' threshold). */
function doc(index: number): string {
  const prose = Array.from({ length: 900 }, (_, line) => `Paragraph ${line} of doc ${index}, which defines nothing at all here.\n`).join('\n');
  const rows = Array.from({ length: 4 }, (_, row) => `| kMode${index}${row} | ${row} | 模式 ${row} |`).join('\n');
  return `---\nstatus: 1\n---\n\n${prose}\n# Mode${index}\n\`\`\`cpp\nenum Mode${index}\n\`\`\`\n\n## 枚举值\n\n| 类型 | 值 | 说明 |\n| --- | --- | --- |\n${rows}\n`;
}

describe('readInParallel (worker threads)', () => {
  it('reads on threads, the main thread one of them, what one thread reads', async () => {
    // Workers run the built reader; `npm ci` builds it (prepare), as CI does.
    expect(existsSync(path.join(REPO_ROOT, 'dist/parse/read-worker.js'))).toBe(true);
    const files = Array.from({ length: 20 }, (_, index) => sourceFile(`docs/${index}.md`, new TextEncoder().encode(doc(index))));
    expect(files.reduce((sum, file) => sum + file.text.length, 0)).toBeGreaterThan(1 << 20);
    const read = async (threads: number) => {
      const config = resolveConfig({ docs: ['docs/*.md'], threads }, REPO_ROOT);
      const reads = await readInParallel(files, config, true);
      return Object.fromEntries(reads.map(([file, result]) => [file.path, JSON.stringify(result)]));
    };
    const one = await read(1);
    expect(Object.keys(one)).toHaveLength(20);
    expect(one['docs/3.md']).toContain('kMode30');
    expect(await read(3)).toEqual(one);
  });
});
