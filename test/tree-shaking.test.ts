// An app pays only for what it imports, inside a module too (issue 22, in part): an entry that
// imports one enum and its message getter from a module of four enums, bundled and minified by
// esbuild, holds that enum and none of the other three, in every enum style. What keeps them
// out: enums written as pure calls, names maps as pure `new Map`, catalogs keyed by literals.
import path from 'node:path';
import { build } from 'esbuild';
import type { EnumStyle } from '../src/config.js';
import { describe, expect, it } from 'vitest';
import { expectedDir, STYLES } from './helpers/fixtures.js';

/** The module of the `native` fixture with four enums, and what an app imports from it. */
const MODULE = 'dist/200001.js';
const USED = 'FrameFormat';
const UNUSED = ['VideoPixelFormat', 'FeedbackOption', 'SeekMode'];

async function bundle(style: EnumStyle): Promise<string> {
  const dir = expectedDir('native', style);
  const entry = `import { ${style === 'union' ? '' : `${USED}, `}get${USED}Message } from ${JSON.stringify(`./${MODULE}`)};\nconsole.log(get${USED}Message(${style === 'union' ? '1' : `${USED}.kI420`}));\n`;
  const result = await build({ stdin: { contents: entry, resolveDir: dir, loader: 'js' }, bundle: true, minify: true, charset: 'utf8', format: 'esm', write: false, logLevel: 'silent' });
  return result.outputFiles[0]?.text ?? '';
}

describe('a bundle of one enum from a module of four', () => {
  it.each(STYLES)('holds that enum and none of the others (enumStyle %s)', async (style) => {
    const text = await bundle(style);
    // FrameFormat's own message is in, by its text.
    expect(text).toContain('C++ 限定名引用');
    for (const name of UNUSED) expect(text, name).not.toMatch(new RegExp(`${name}|${name.charAt(0).toLowerCase()}${name.slice(1)}Messages`));
  });
});
