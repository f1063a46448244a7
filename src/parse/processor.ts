// One reusable unified processor. Only the syntax the docs need is registered:
// front matter and GFM tables (micromark-extension-gfm-table + mdast-util-gfm-table,
// the parts of remark-gfm that matter here). The rest of GFM costs parse time
// and changes no definition.
import type { Root } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

interface ProcessorData {
  micromarkExtensions?: unknown[];
  fromMarkdownExtensions?: unknown[];
}

/** The table half of remark-gfm, registered the way remark-gfm registers it. */
function remarkGfmTable(this: Processor): void {
  const data = this.data() as ProcessorData;
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

let processor: Processor<Root> | undefined;

export function parseMarkdown(text: string): Root {
  processor ??= unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfmTable) as unknown as Processor<Root>;
  return processor.parse(text);
}
