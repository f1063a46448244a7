// What `init` drafts besides the globs and names: the parts of a config whose built-in
// defaults are this doc set's own (package name, locale) and would be wrong for another team's,
// and module names for docs whose file names cannot name a module (a space, an `index.md`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { docIdOf } from './discover/files.js';
import { whyNotAModuleName } from './model/naming.js';

/** The generated package's name: the project's own (package.json) or its folder's, with `-codes`. */
export function draftPackageName(dir: string): string {
  let own: string | undefined;
  try {
    const name = (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown }).name;
    if (typeof name === 'string' && name.length > 0) own = name;
  } catch {
    // No package.json: the folder names it.
  }
  const base = own ?? path.basename(path.resolve(dir));
  // npm names: lower case, URL-safe characters; a scope stays as it is.
  const [scope, bare] = base.startsWith('@') && base.includes('/') ? [`${base.slice(0, base.indexOf('/') + 1)}`, base.slice(base.indexOf('/') + 1)] : ['', base];
  const safe = bare.toLowerCase().replace(/[^a-z0-9._~-]+/g, '-').replace(/^[-._]+|-+$/g, '') || 'docs';
  return `${scope}${safe}-codes`;
}

/**
 * The docs' language, from their letters: Japanese kana, Korean Hangul, Chinese characters
 * (zh-CN), else English. Each doc counts the same, whatever its length.
 */
export function draftLocale(texts: readonly string[]): string {
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
  return [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'en';
}

/** Module names for the docs whose ids cannot name one (`error codes.md` → `error-codes`), by doc id. */
export function draftModules(files: readonly string[]): Record<string, string> {
  const modules: Record<string, string> = {};
  const taken = new Set(files.map(docIdOf).filter((docId) => whyNotAModuleName(docId, docId) === undefined).map((docId) => docId.toLowerCase()));
  for (const docId of files.map(docIdOf)) {
    if (whyNotAModuleName(docId, docId) === undefined || docId in modules) continue;
    const slug = docId.toLowerCase().normalize('NFKD').replace(/[^a-z0-9._-]+/g, '-').replace(/^[-._]+|[-.]+$/g, '').slice(0, 200) || 'doc';
    let name = whyNotAModuleName(slug, docId) === undefined ? slug : `${slug}-doc`;
    for (let index = 2; taken.has(name); index++) name = `${slug}-${index}`;
    taken.add(name);
    modules[docId] = name;
  }
  return modules;
}
