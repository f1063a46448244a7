// What `init` drafts besides the globs and names: module names for docs whose file names
// cannot name a module (a space, an `index.md`). The package name and locale it drafts are
// config-defaults.ts's.
import { docIdOf } from './discover/files.js';
import { whyNotAModuleName } from './model/naming.js';
import { frontMatterBlock } from './parse/frontmatter.js';

/** A module init names, and what it named it from. */
export interface DraftedModule {
  module: string;
  /** `its title "…"`, `its heading "…"` or `its file name`. */
  from: string;
}

/**
 * Module names for the docs whose ids cannot name one, by doc id: from the doc's title (front
 * matter) or first heading when that gives a readable subpath (`# Error Codes` → `error-codes`),
 * else from its file name (`lamp colors.md` → `lamp-colors`, `index.md` → `index-doc`).
 */
export function draftModules(docs: readonly { path: string; text: string }[]): Record<string, DraftedModule> {
  const modules: Record<string, DraftedModule> = {};
  const ids = docs.map((doc) => docIdOf(doc.path));
  const taken = new Set(ids.filter((docId) => whyNotAModuleName(docId, docId) === undefined).map((docId) => docId.toLowerCase()));
  for (const doc of docs) {
    const docId = docIdOf(doc.path);
    if (whyNotAModuleName(docId, docId) === undefined || docId in modules) continue;
    const title = titleOf(doc.text);
    const fromTitle = title && slugOf(title.text);
    const [slug, from] = fromTitle ? [fromTitle, `its ${title.kind} "${title.text}"`] : [slugOf(docId) || 'doc', 'its file name'];
    let name = whyNotAModuleName(slug, docId) === undefined ? slug : `${slug}-doc`;
    for (let index = 2; taken.has(name); index++) name = `${slug}-${index}`;
    taken.add(name);
    modules[docId] = { module: name, from };
  }
  return modules;
}

/** Lower case, words apart (`LampShade` → `lamp-shade`), only what a subpath may hold; empty for a title of other scripts. */
function slugOf(text: string): string {
  const words = text.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().normalize('NFKD');
  return words.replace(/[^a-z0-9._-]+/g, '-').replace(/^[-._]+|[-.]+$/g, '').slice(0, 80).replace(/[-.]+$/, '');
}

/** The doc's title in its front matter, else its first heading below the front matter. */
function titleOf(text: string): { kind: 'title' | 'heading'; text: string } | undefined {
  const frontMatter = frontMatterBlock(text);
  const title = frontMatter && /^title\s*[:=]\s*["']?(.*?)["']?\s*$/m.exec(frontMatter.value)?.[1];
  if (title) return { kind: 'title', text: title };
  const body = frontMatter ? text.split('\n').slice(frontMatter.bodyLine).join('\n') : text;
  const heading = /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(body)?.[1];
  return heading ? { kind: 'heading', text: heading } : undefined;
}
