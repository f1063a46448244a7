// A remark preset for doc sets like ours: `remark --use doc-codegen/remark-preset`, or
// `{ "plugins": ["doc-codegen/remark-preset"] }` in .remarkrc.json. It brings what the docs
// are written in (YAML and TOML front matter, GFM tables: parse/processor.ts), doc-codegen's checks, and
// stringify settings that keep the docs' style when remark or an editor formats them: `-`
// bullets, `---` rules, `*` emphasis, fenced code, and tables as written as far as remark can
// (cells padded by one space, columns not aligned). Without it, formatting reads the front
// matter as a thematic break and a heading, and turns it into `***` and a setext underline.
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import type { Preset, Processor } from 'unified';
import { docSyntax } from './parse/processor.js';
import remarkDocCodegen from './remark-lint.js';

/** remark-stringify's options (typed by remark-stringify, which the processor that formats brings). */
const settings: Record<string, unknown> = {
  bullet: '-',
  rule: '-',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  incrementListMarker: true,
};

/** Tables written back as the docs write them: one space inside each cell, columns not padded to one width. */
function tablesAsWritten(this: Processor): void {
  const data = this.data() as { toMarkdownExtensions?: unknown[] };
  (data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown({ tablePipeAlign: false, tableCellPadding: true }));
}

const preset: Preset = {
  settings,
  // doc-codegen's own syntax and no more (the rest of GFM changes no definition): the plugin
  // then reads the editor's tree as it is instead of parsing the doc again.
  plugins: [docSyntax, tablesAsWritten, remarkDocCodegen],
};

export default preset;
