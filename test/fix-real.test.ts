// `verify --fix` on a real doc (issue 23): the real set's 107-enum native doc, and a C++ header
// written for it from what the doc documents (every enum, every value), with planted drift: a
// member the doc lacks and a value the doc has wrong. After --fix, verify reports nothing, and
// the doc differs from the original only in the planted rows: one value cell, one new row.
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { diffLines } from 'diff';
import { afterAll, describe, expect, it } from 'vitest';
import type { EnumDef } from '../src/model/types.js';
import { cli } from './helpers/cli.js';
import { CORPUS_DIR, CORPUS_SKIP_NOTE, HAS_CORPUS } from './helpers/corpus.js';

const DOC = '85535.md';

/** The header the SDK would ship for these enums: each as `enum Name { member = value, … };`. */
function headerFor(enums: readonly EnumDef[]): string {
  const blocks = enums.map((enumDef) => `enum ${enumDef.name} {\n${enumDef.members.map((member) => `    ${member.name} = ${String(member.value)},\n`).join('')}};\n`);
  return `#pragma once\nnamespace lamp {\n${blocks.join('\n')}}\n`;
}

describe.skipIf(!HAS_CORPUS)(`verify --fix on a doc of the real set${HAS_CORPUS ? '' : ` (skipped: ${CORPUS_SKIP_NOTE})`}`, () => {
  let dir: string | undefined;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('mends the planted drift and touches nothing else', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-fix-real-'));
    await mkdir(path.join(dir, 'docs'));
    await copyFile(path.join(CORPUS_DIR, DOC), path.join(dir, 'docs', DOC));
    await writeFile(path.join(dir, 'doc-codegen.config.json'), JSON.stringify({ docs: ['docs/*.md'], locale: 'zh-CN', outDir: 'out' }));
    expect((await cli(['generate', '--no-cache'], dir)).status).toBe(0);
    const { enums } = JSON.parse(readFileSync(path.join(dir, 'out/model.json'), 'utf8')) as { enums: EnumDef[] };
    expect(enums.length).toBeGreaterThanOrEqual(100);

    // The drift: a new member after the third enum's first, and the fifth enum's last value changed.
    const planted = structuredClone(enums);
    const [withNew, withChanged] = [planted[2], planted[4]];
    if (!withNew || !withChanged) throw new Error('too few enums');
    const first = withNew.members[0];
    if (!first || typeof first.value !== 'number') throw new Error('no numeric member');
    const unused = Math.max(...withNew.members.map((member) => Number(member.value))) + 100;
    withNew.members.splice(1, 0, { ...first, name: `${first.name}Planted`, value: unused });
    const changed = withChanged.members.at(-1);
    if (!changed) throw new Error('no member');
    changed.value = Number(changed.value) + 1000;
    await mkdir(path.join(dir, 'sdk'));
    await writeFile(path.join(dir, 'sdk/lamp.h'), headerFor(planted));

    const before = await readFile(path.join(dir, 'docs', DOC), 'utf8');
    const fixed = await cli(['verify', '--sdk', 'sdk/lamp.h', '--fix', '--no-cache', '--format', 'json'], dir);
    expect(fixed.stderr).toContain('--fix changed 1 doc:');
    expect((JSON.parse(fixed.stdout) as { diagnostics: { ruleId: string }[] }).diagnostics.filter((diagnostic) => diagnostic.ruleId.startsWith('sdk-') || diagnostic.ruleId.startsWith('doc-missing'))).toEqual([]);
    expect(fixed.status).toBe(0);

    const after = await readFile(path.join(dir, 'docs', DOC), 'utf8');
    const parts = diffLines(before, after);
    const removed = parts.filter((part) => part.removed).map((part) => part.value);
    const added = parts.filter((part) => part.added).map((part) => part.value);
    // The changed value's row, as it was.
    expect(removed).toHaveLength(1);
    expect(removed[0]?.split('\n').filter(Boolean)).toHaveLength(1);
    expect(removed[0]).toContain(changed.name);
    // That row with the SDK's value, and the new row.
    const addedLines = added.join('').split('\n').filter(Boolean);
    expect(addedLines).toHaveLength(2);
    expect(addedLines.some((line) => line.includes(`${first.name}Planted`) && line.includes(String(unused)))).toBe(true);
    expect(addedLines.some((line) => line.includes(changed.name) && line.includes(String(changed.value)))).toBe(true);
  }, 120_000);
});
