// Defaults that belong to the project being read, not to any one doc set: the generated
// package's name from the project's own package.json, and the docs' locale from their letters.
// `init` writes the same guesses into the config it drafts; without a config they stand in.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { compareText } from './util/order.js';

/** The project's npm name in `dir`'s package.json, if it has one. */
function ownPackageName(dir: string): string | undefined {
  try {
    const name = (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown }).name;
    return typeof name === 'string' && name.length > 0 ? name : undefined;
  } catch {
    return undefined;
  }
}

/** `base` with `-codes`, lower case and URL-safe as npm names are; a scope stays as it is. */
function codesPackageName(base: string): string {
  const slash = base.startsWith('@') ? base.indexOf('/') : -1;
  const [scope, bare] = slash > 0 ? [base.slice(0, slash + 1), base.slice(slash + 1)] : ['', base];
  const safe = bare.toLowerCase().replace(/[^a-z0-9._~-]+/g, '-').replace(/^[-._]+|-+$/g, '') || 'docs';
  return `${scope}${safe}-codes`;
}

/**
 * The generated package's name when the config gives none: the project's (package.json beside
 * the config) with `-codes`, else `codes`. Never the folder's name: a clone in another folder
 * must generate the same package.
 */
export function defaultPackageName(dir: string): string {
  const own = ownPackageName(dir);
  return own === undefined ? 'codes' : codesPackageName(own);
}

/** What `init` drafts: the project's name, or its folder's, with `-codes`. */
export function draftPackageName(dir: string): string {
  return codesPackageName(ownPackageName(dir) ?? path.basename(path.resolve(dir)));
}

/**
 * The docs' language, from their letters: Japanese kana, Korean Hangul, Chinese characters
 * (zh-CN), else English. Each doc counts the same, whatever its length.
 */
export function localeOfTexts(texts: readonly string[]): string {
  const votes = new Map<string, number>();
  for (const text of texts) {
    const count = (pattern: RegExp): number => text.match(pattern)?.length ?? 0;
    const kana = count(/[\u3040-\u30ff]/g);
    const hangul = count(/[\uac00-\ud7af]/g);
    const han = count(/[\u4e00-\u9fff]/g);
    const latin = count(/[A-Za-z]/g);
    // Latin letters are counted by the word (about five a word) against CJK characters.
    const locale = hangul > latin / 5 && hangul > han ? 'ko' : kana > 0 && kana + han > latin / 5 ? 'ja' : han > latin / 5 ? 'zh-CN' : 'en';
    votes.set(locale, (votes.get(locale) ?? 0) + 1);
  }
  return [...votes].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0] ?? 'en';
}

/** Docs and bytes a doc that the locale is read from: enough to vote, cheap on any doc set. */
const SAMPLED_DOCS = 64;
const SAMPLED_BYTES = 16_384;

/**
 * The locale of the docs the globs name, when the config gives none: the first SAMPLED_DOCS in
 * path order, each by its first SAMPLED_BYTES (a character cut in two counts for nothing).
 * Translations (`translated` globs) are not the docs' language and have no vote.
 */
export function defaultLocale(root: string, globs: readonly string[], translated: readonly string[]): string {
  const files = globSync([...globs], { cwd: root, onlyFiles: true, dot: false, expandDirectories: false, ignore: ['**/node_modules/**', ...translated] })
    .sort(compareText)
    .slice(0, SAMPLED_DOCS);
  return localeOfTexts(files.map((file) => head(path.join(root, file))));
}

function head(file: string): string {
  const buffer = Buffer.alloc(SAMPLED_BYTES);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, SAMPLED_BYTES, 0));
  } catch {
    // A doc that vanished or cannot be read has no vote; discovery reports it.
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
