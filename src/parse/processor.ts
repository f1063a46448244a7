// One reusable unified processor. Only the syntax the docs need is registered:
// front matter and GFM tables (micromark-extension-gfm-table + mdast-util-gfm-table,
// the parts of remark-gfm that matter here). The rest of GFM costs parse time
// and changes no definition. The same syntax is the remark preset's (remark-preset.ts), so an
// editor's tree is the tree doc-codegen would parse, and the plugin reads it as it is.
import type { Root } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

interface ProcessorData {
  /** Set by docSyntax. */
  docCodegenSyntax?: boolean;
  micromarkExtensions?: unknown[];
  fromMarkdownExtensions?: unknown[];
}

/** The extensions docSyntax registers: a processor with these and no others parses as doc-codegen does. */
const SYNTAX_EXTENSIONS = 2;

/**
 * doc-codegen's syntax as a plugin: front matter (YAML and TOML) and GFM tables, registered the
 * way remark-frontmatter and remark-gfm register them. (How tables are written back is the
 * preset's: remark-preset.ts.)
 */
export function docSyntax(this: Processor): void {
  remarkFrontmatter.call(this as never, ['yaml', 'toml']);
  const data = this.data() as ProcessorData;
  data.docCodegenSyntax = true;
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

/** Whether `processor` parses exactly as doc-codegen does (docSyntax, and no other syntax): then its trees can be read as they are. */
export function parsesAsDocCodegen(processor: Processor): boolean {
  const data = processor.data() as ProcessorData;
  return data.docCodegenSyntax === true && data.micromarkExtensions?.length === SYNTAX_EXTENSIONS && data.fromMarkdownExtensions?.length === SYNTAX_EXTENSIONS;
}

let processor: Processor<Root> | undefined;

export function parseMarkdown(text: string): Root {
  processor ??= unified().use(remarkParse).use(docSyntax) as unknown as Processor<Root>;
  return processor.parse(text);
}
