// RichText → TSDoc text: links become `{@link url | text}` where their text stands; a link
// with no address (into the doc set, without docsBaseUrl) stays as its text.
import type { EnumDef, Member, RichText } from '../model/types.js';
import { docText } from './names.js';

export function richDoc(rich: RichText): string {
  let out = '';
  let cursor = 0;
  for (const link of rich.links) {
    if (link.href === undefined) continue;
    const at = link.text === '' ? -1 : rich.text.indexOf(link.text, cursor);
    const tag = `{@link ${safeHref(link.href)}${link.text ? ` | ${docText(link.text).replace(/[{}|]/g, '')}` : ''}}`;
    if (at === -1) {
      // Links whose text is empty or not found still point somewhere: keep them at the end.
      out += docText(rich.text.slice(cursor));
      cursor = rich.text.length;
      out += ` ${tag}`;
      continue;
    }
    out += docText(rich.text.slice(cursor, at)) + tag;
    cursor = at + link.text.length;
  }
  return out + docText(rich.text.slice(cursor));
}

/** Doc text as inline code; a backtick inside would end it, so it becomes a quote. */
export function codeSpan(text: string): string {
  return `\`${docText(text).replace(/`/g, "'")}\``;
}

/** A URL inside a doc comment: escaped like text, and whitespace, braces and pipes percent-encoded. */
export function safeHref(href: string): string {
  return docText(href).replace(/[\s{}|]/g, (char) => encodeURIComponent(char));
}

export interface DocComment {
  description: string;
  tags: { tagName: string; text: string }[];
}

/**
 * A member's doc comment: description, then the solution and notes, and `@see` only when the
 * member has an anchor of its own (the enum's comment links the enum's); `@deprecated` when
 * the doc marks it. Undefined when there is nothing to say.
 */
export function memberDoc(member: Member, enumDef: Pick<EnumDef, 'url' | 'source'>): DocComment | undefined {
  const parts: string[] = [];
  if (member.description) parts.push(richDoc(member.description));
  if (member.solution) parts.push(`Solution: ${richDoc(member.solution)}`);
  const notes: string[] = [];
  if (member.originalName) notes.push(`Documented as ${codeSpan(member.originalName)}.`);
  if (member.valueText) notes.push(`Value: ${codeSpan(member.valueText)}.`);
  if (member.label !== undefined) notes.push(`Label: ${codeSpan(member.label)}.`);
  if (notes.length > 0) parts.push(notes.join(' '));
  const tags: DocComment['tags'] = [];
  const anchor = member.source.anchor;
  if (anchor !== undefined && anchor !== enumDef.source.anchor && enumDef.url !== undefined) tags.push({ tagName: 'see', text: safeHref(`${enumDef.url.replace(/#.*$/, '')}#${anchor}`) });
  if (member.deprecated) tags.push({ tagName: 'deprecated', text: 'Marked deprecated in the docs.' });
  if (parts.length === 0 && tags.length === 0) return undefined;
  return { description: parts.join('\n\n'), tags };
}
