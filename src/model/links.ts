// Links into the doc set (`293536.md#x`, `85517#y`, `#z`) become the doc's page
// URL under docsBaseUrl; every other link is kept as it is.
import type { Link, RichText } from '../model/types.js';

const DOC_LINK = /^(?:\.\/)?(\d+)(?:\.md)?(?:#(.*))?$/;
const SAME_DOC_LINK = /^#(.+)$/;

export function docUrl(docsBaseUrl: string, docId: string, anchor?: string): string {
  return `${docsBaseUrl}${docId}${anchor ? `#${anchor}` : ''}`;
}

export function resolveLink(link: Link, currentDocId: string, docsBaseUrl: string): Link {
  const target = link.target.trim();
  const doc = DOC_LINK.exec(target);
  const same = doc ? undefined : SAME_DOC_LINK.exec(target);
  const docId = doc ? doc[1] : same ? currentDocId : undefined;
  if (docId === undefined) return { text: link.text, target: link.target, href: link.target };
  const anchor = (doc ? doc[2] : same?.[1]) || undefined;
  const resolved: Link = { text: link.text, target: link.target, href: docUrl(docsBaseUrl, docId, anchor), docId };
  if (anchor) resolved.anchor = anchor;
  return resolved;
}

export function resolveLinks(text: RichText, currentDocId: string, docsBaseUrl: string): RichText {
  return { text: text.text, links: text.links.map((link) => resolveLink(link, currentDocId, docsBaseUrl)) };
}
