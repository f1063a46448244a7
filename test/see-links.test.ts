// Every `@see` in generated code opens the right page: a doc of the set, at an anchor
// the doc has (its HTML ids and heading slugs).
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { discoverFiles } from '../src/discover/files.js';
import { anchorsOf } from '../src/extract/anchors.js';
import { parseDocument } from '../src/parse/document.js';
import { expectedDir, GOLDEN_DIR } from './helpers/fixtures.js';
import { GENERATED, REPO_ROOT } from './helpers/paths.js';

const CASES: [string, string | undefined, string][] = [
  ['generated/ (the seeds)', undefined, GENERATED],
  ['fixture native', path.join(GOLDEN_DIR, 'native/doc-codegen.config.json'), expectedDir('native', 'enum')],
  ['fixture edge', path.join(GOLDEN_DIR, 'edge/doc-codegen.config.json'), expectedDir('edge', 'enum')],
];

describe.each(CASES)('%s', (_label, configPath, tree) => {
  it('has @see links only to docs of the set and anchors they have', async () => {
    const config = await loadConfig(configPath, REPO_ROOT);
    const anchors = new Map<string, Set<string>>();
    for (const file of (await discoverFiles(config.root, config.docs)).files) {
      anchors.set(file.docId, new Set(anchorsOf(parseDocument(file).document.mdast)));
    }
    const links = new Set<string>();
    for (const file of readdirSync(path.join(tree, 'src'))) {
      const text = await readFile(path.join(tree, 'src', file), 'utf8');
      for (const match of text.matchAll(/@see (\S+)/g)) links.add(match[1] ?? '');
    }
    expect(links.size).toBeGreaterThan(0);
    const base = config.docsBaseUrl ?? '';
    expect(base).not.toBe('');
    for (const link of links) {
      expect(link.startsWith(base), link).toBe(true);
      const [docId = '', anchor] = link.slice(base.length).split('#');
      expect(anchors.has(docId), `${link}: doc ${docId}`).toBe(true);
      if (anchor !== undefined) expect(anchors.get(docId)?.has(anchor), `${link}: anchor ${anchor}`).toBe(true);
    }
  });
});
