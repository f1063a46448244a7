import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/document.js';
import { sourceFile } from '../../src/discover/files.js';
import { frontMatterBlock } from '../../src/parse/frontmatter.js';
import { parseMarkdown } from '../../src/parse/processor.js';

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
    const { diagnostics } = parse('---\nis_dir: maybe\nstatus: online\nkeywords: {a: 1}\n---\n');
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.reason])).toEqual([
      ['frontmatter-invalid-type', 2, 'Front matter `is_dir` must be true or false; it is ignored'],
      ['frontmatter-invalid-type', 3, 'Front matter `status` must be an integer (1 = online, 0 = offline); it is ignored'],
      ['frontmatter-invalid-type', 4, 'Front matter `keywords` must be text, keywords separated by commas, or a list of them; it is ignored'],
    ]);
  });

  it('reads other doc sets\' front matter: lists, text booleans, TOML, a title', () => {
    const yaml = parse('---\nis_dir: "false"\nstatus: "1"\nkeywords: [a, b]\ntitle: Error codes\nslug: x\n---\n');
    expect([yaml.document.frontMatter, yaml.diagnostics]).toEqual([{ isDir: false, status: 1, keywords: ['a', 'b'], title: 'Error codes' }, []]);
    const toml = parse('+++\ntitle = "Codes"\nkeywords = ["x"]\n+++\n');
    expect([toml.document.frontMatter, toml.diagnostics]).toEqual([{ isDir: false, status: 1, keywords: ['x'], title: 'Codes' }, []]);
    expect(toml.document.mdast.children[0]?.type).toBe('toml');
  });

  // The one definition of where front matter is, held to remark-frontmatter's own reading.
  it.each([
    ['a plain block', '---\nstatus: 1\n---\n# T\n', 'status: 1', 3],
    ['a doubled opening (found by fuzzing): empty, the rest is body', '---\n---\nis_dir: False\nkeywords: 实时音视频\n---\n', '', 2],
    ['an empty block with blank lines', '---\n\n\n---\n', '\n', 4],
    ['spaces and tabs after the fences', '---  \t\na: 1\n--- \n', 'a: 1', 3],
    ['a closing fence at the end of the text', '---\na: 1\n---', 'a: 1', 3],
    ['the first closing fence wins', '---\na: 1\n---\nb: 2\n---\n', 'a: 1', 3],
    ['no closing fence', '---\na: 1\n', undefined, 0],
    ['a longer fence is no fence', '----\na: 1\n----\n', undefined, 0],
    ['an indented closing fence is no fence', '---\na: 1\n ---\n', undefined, 0],
    ['text after the opening fence', '--- x\na: 1\n---\n', undefined, 0],
    ['not on the first line', '\n---\na: 1\n---\n', undefined, 0],
    ['U+2028 after the fence is text', '---\u2028\na: 1\n---\n', undefined, 0],
    ['NUL, which remark reads as U+FFFD (found by fuzzing)', '---\n\u0000\n---\n', '\uFFFD', 3],
    ['TOML between `+++` lines', '+++\ntitle = "x"\n+++\n# T\n', 'title = "x"', 3],
    ['a `+++` block closed by `---` is none', '+++\ntitle = "x"\n---\n', undefined, 0],
  ])('finds the front matter as remark does: %s', (_label, text, value, bodyLine) => {
    // remark-frontmatter's `toml` node is not among mdast's declared types.
    const first = parseMarkdown(text).children[0] as { type: string; value?: string } | undefined;
    expect(first?.type === 'yaml' || first?.type === 'toml' ? first.value : undefined).toBe(value);
    const block = frontMatterBlock(text);
    expect(block?.value).toBe(value);
    expect(block?.bodyLine ?? 0).toBe(bodyLine);
  });
});
