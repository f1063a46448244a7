// An app pays only for what it imports, inside a module too (issue 22). An entry that imports
// one enum, or one enum and its message getter, is bundled by esbuild (minified) and by rollup
// (tree-shaken, not minified), in every enum style: the bundle holds none of the module's other
// enums and is no larger than that enum's own code in the module (its statements with their
// comments, plus the shared message helper) and the entry. What keeps them out: enums written
// as pure calls, names maps as pure `new Map`, catalogs per enum keyed by literals.
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig, type EnumStyle } from '../src/config.js';
import type { EnumDef } from '../src/model/types.js';
import { render } from '../src/render.js';
import { bundle, entryCode, namesOf, ownBytes } from '../scripts/bundle-size.mjs';
import { CORPUS_DIR, CORPUS_SKIP_NOTE, HAS_CORPUS } from './helpers/corpus.js';
import { expectedDir, STYLES } from './helpers/fixtures.js';

const BUNDLERS = ['esbuild', 'rollup'] as const;
const ONE_ENUM = ['enum', 'enum + message'] as const;

interface Case {
  dir: string;
  module: string;
  used: EnumDef;
  others: EnumDef[];
}

/** The checks of one bundle: the enum is in, no other enum is, and it costs no more than its own code. */
async function expectOnlyItsOwn(what: (typeof ONE_ENUM)[number], bundler: (typeof BUNDLERS)[number], style: EnumStyle, { dir, module, used, others }: Case): Promise<void> {
  const entry = entryCode(what, style, module, used);
  const text = await bundle(bundler, dir, entry);
  const [first] = used.members;
  if (what === 'enum + message' && first?.description) expect(text).toContain(first.description.text.slice(0, 20));
  // Comments may name other enums (a description's link); code may not.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const leaked = others.filter((other) => namesOf(other.name).some((name: string) => new RegExp(`\\b${name}\\b`).test(code)));
  expect(leaked.map((other) => other.name)).toEqual([]);
  expect(Buffer.byteLength(text)).toBeLessThanOrEqual(ownBytes(dir, module, used.name) + Buffer.byteLength(entry));
}

/** The module's enums from a package's model.json: `used` and the others of its module. */
function caseOf(dir: string, enums: readonly EnumDef[], used: string): Case {
  const found = enums.find((enumDef) => enumDef.name === used);
  if (!found) throw new Error(`no enum ${used} in ${dir}`);
  return { dir, module: found.module, used: found, others: enums.filter((enumDef) => enumDef.module === found.module && enumDef !== found) };
}

describe('a bundle of one enum from a module of four (fixture native)', () => {
  describe.each(STYLES)('enumStyle %s', (style) => {
    const dir = expectedDir('native', style);
    const { enums } = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8')) as { enums: EnumDef[] };
    const fixture = caseOf(dir, enums, 'FrameFormat');
    it('is a module of four', () => {
      expect(fixture.others.map((other) => other.name)).toEqual(['VideoPixelFormat', 'FeedbackOption', 'SeekMode']);
    });
    it.each(BUNDLERS.flatMap((bundler) => ONE_ENUM.map((what) => [bundler, what] as const)))('%s, %s: that enum alone', async (bundler, what) => {
      await expectOnlyItsOwn(what, bundler, style, fixture);
    });
  });
});

describe.skipIf(!HAS_CORPUS)(`a bundle of one enum from the real set's 107-enum module${HAS_CORPUS ? '' : ` (skipped: ${CORPUS_SKIP_NOTE})`}`, () => {
  const DOC = '85535.md';
  let root: string;
  const cases = new Map<EnumStyle, Case>();

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-shaking-'));
    for (const style of STYLES) {
      const dir = path.join(root, style);
      const config = resolveConfig({ docs: [DOC], outDir: dir, locale: 'zh-CN', package: { name: 'rtc-codes' }, enumStyle: style }, CORPUS_DIR);
      const rendered = await render(config);
      for (const [file, text] of rendered.files ?? []) {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await writeFile(path.join(dir, file), text);
      }
      const enums = rendered.model?.enums ?? [];
      cases.set(style, caseOf(dir, enums, enums[0]?.name ?? `(${DOC} gave no enum)`));
    }
  }, 120_000);

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('is a module of over 100 enums', () => {
    expect(cases.get('enum')?.others.length).toBeGreaterThanOrEqual(100);
  });

  describe.each(STYLES)('enumStyle %s', (style) => {
    it.each(BUNDLERS.flatMap((bundler) => ONE_ENUM.map((what) => [bundler, what] as const)))('%s, %s: that enum alone', async (bundler, what) => {
      const found = cases.get(style);
      if (!found) throw new Error('not rendered');
      await expectOnlyItsOwn(what, bundler, style, found);
    });
  });
});
