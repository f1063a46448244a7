import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/document.js';
import { sourceFile } from '../../src/discover/files.js';

function parse(text: string) {
  return parseDocument(sourceFile('docs/1.md', new TextEncoder().encode(text)));
}

describe('front matter', () => {
  it('reads the seed header, including YAML 1.2 `False` and trailing comments', () => {
    const { document, diagnostics } = parse('---\nis_dir: False    # True for dir\nstatus: 1    # online\nkeywords: 实时音视频, RTC，IM    # sep\n---\n\n# T\n');
    expect(diagnostics).toEqual([]);
    expect(document.frontMatter).toEqual({ isDir: false, status: 1, keywords: ['实时音视频', 'RTC', 'IM'] });
  });

  it('reports a doc without front matter at 1:1', () => {
    const { document, diagnostics } = parse('# Title\n');
    expect(document.frontMatter).toBeUndefined();
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([['frontmatter-missing', 1, 1]]);
  });

  it('maps YAML errors to the line of the doc', () => {
    const { diagnostics } = parse('---\nis_dir: false\nstatus: [1\n---\n');
    expect(diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['frontmatter-invalid-yaml', 3]]);
    expect(diagnostics[0]?.fatal).toBe(true);
  });

  it('reports an alias to no anchor instead of throwing', () => {
    const { diagnostics } = parse('---\nis_dir: false\nkeywords: */实时音视频\n---\n');
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.reason])).toEqual([
      ['frontmatter-invalid-yaml', 2, 'Invalid YAML in front matter: Unresolved alias (the anchor must be set before the alias): /实时音视频'],
    ]);
  });

  it('reports wrong types at the key', () => {
    const { diagnostics } = parse('---\nis_dir: maybe\nstatus: online\nkeywords: [a]\n---\n');
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.reason])).toEqual([
      ['frontmatter-invalid-type', 2, 'Front matter `is_dir` must be true or false'],
      ['frontmatter-invalid-type', 3, 'Front matter `status` must be an integer (1 = online, 0 = offline)'],
      ['frontmatter-invalid-type', 4, 'Front matter `keywords` must be text, keywords separated by commas'],
    ]);
  });
});
