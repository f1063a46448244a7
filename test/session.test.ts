// A watcher's session (in process, no watcher): each run re-reads only the docs it is told
// changed and reuses drafts, enums, translations, module files and JSON of the runs before.
// After every run, a fresh run with no session must find outDir exactly as it would write it,
// and report the same diagnostics.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { check, generate } from '../src/generate.js';
import { GenerateSession } from '../src/session.js';
import { copyProject } from './helpers/project.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

describe('a watch session', () => {
  it('gives what a fresh run gives after every edit, and keeps unchanged enums as the same objects', async () => {
    const { dir, cleanup } = await copyProject();
    cleanups.push(cleanup);
    const config = await loadConfig(undefined, dir);
    const session = new GenerateSession();
    const first = await generate(config, { session });
    expect(first.plan?.changes).toEqual([]);

    /** Edits one doc as the watcher would see it, runs the session, and compares with a fresh run. */
    const step = async (doc: string, edit: (text: string) => string, added = false) => {
      const file = path.join(dir, doc);
      const before = await readFile(file, 'utf8').catch(() => '');
      const after = edit(before);
      expect(after, `the edit of ${doc} changes it`).not.toBe(before);
      await writeFile(file, after);
      const previous = session.lastModel;
      session.invalidate([doc]);
      if (added) session.relist();
      const result = await generate(config, { session });
      const fresh = await check(config);
      expect(fresh.diagnostics.map(String)).toEqual(result.diagnostics.map(String));
      expect(fresh.plan === undefined, 'both stopped by doc errors, or neither').toBe(result.plan === undefined);
      expect(fresh.plan?.changes.map((change) => change.path) ?? [], `outDir after editing ${doc}`).toEqual([]);
      return { result, previous };
    };

    // A description: that doc's enum is new, the other doc's enum is the very object of the last run.
    const described = await step('docs/293538.md', (text) => text.replace('| Success | `0` | 成功 |', '| Success | `0` | 成功了 |'));
    expect(described.result.written).toBe(true);
    const [errorType, openApi] = ['ErrorType', 'OpenApiErrorCode'].map((name) => described.result.model.enums.find((enumDef) => enumDef.name === name));
    const [errorTypeBefore, openApiBefore] = ['ErrorType', 'OpenApiErrorCode'].map((name) => described.previous?.enums.find((enumDef) => enumDef.name === name));
    expect(errorType?.members[0]?.description?.text).toBe('成功了');
    expect(errorType).not.toBe(errorTypeBefore);
    expect(openApi).toBeDefined();
    expect(openApi).toBe(openApiBefore);

    // A translation only: its enum is translated again, the model of the source doc is not read again.
    await step('docs/en/293538.md', (text) => text.replace('| Success | `0` | Success |', '| Success | `0` | Succeeded |'));
    // A value and a new member.
    await step('docs/293538.md', (text) => text.replace('| InvalidToken | `1` |', '| InvalidToken | `3` |'));
    await step('docs/412253.md', (text) => text.replace('| `JsonParsingError` |', '| `NewError` | 新错误 | 重试 |\n| `JsonParsingError` |'));
    // An error stops the run (nothing written); fixing it writes again.
    const broken = await step('docs/293538.md', (text) => text.replace('| InvalidToken | `3` |', '| InvalidToken | `Nope.` |'));
    expect(broken.result.written).toBe(false);
    await step('docs/293538.md', (text) => text.replace('| InvalidToken | `Nope.` |', '| InvalidToken | `1` |'));
    // New docs, one referring to the other's values; then a value changes in the one referred to.
    const enumDoc = (name: string, rows: string) => `---\nis_dir: False\nstatus: 1\nkeywords: RTC\n---\n\n## ${name}\n\n类型: \`enum\`\n\n| 属性 | 值 | 描述 |\n| :-- | :-- | :-- |\n${rows}`;
    await step('docs/900001.md', () => enumDoc('Mode', '| On | `1` | 开 |\n| Off | `0` | 关 |\n'), true);
    await step('docs/900002.md', () => enumDoc('Level', '| High | `Mode.On` | 高 |\n| Low | `Mode.Off` | 低 |\n'), true);
    const referred = await step('docs/900001.md', (text) => text.replace('| On | `1` |', '| On | `2` |'));
    expect(referred.result.model.enums.find((enumDef) => enumDef.name === 'Level')?.members.map((member) => member.value)).toEqual([2, 0]);
  });
});
