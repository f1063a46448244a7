// A remark preset for doc sets like ours: `remark --use doc-codegen/remark-preset`, or
// `{ "plugins": ["doc-codegen/remark-preset"] }` in .remarkrc.json. It brings what the docs
// are written in (YAML and TOML front matter, GFM tables), doc-codegen's checks, and
// stringify settings that keep the docs' style when remark or an editor formats them: `-`
// bullets, `---` rules, `*` emphasis, fenced code, and tables as written as far as remark can
// (cells padded by one space, columns not aligned). Without it, formatting reads the front
// matter as a thematic break and a heading, and turns it into `***` and a setext underline.
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Preset } from 'unified';
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

const preset: Preset = {
  settings,
  // Tables: columns not padded to one width, one space inside each cell, as the docs write them.
  plugins: [[remarkFrontmatter, ['yaml', 'toml']], [remarkGfm, { tablePipeAlign: false, tableCellPadding: true }], remarkDocCodegen],
};

export default preset;
