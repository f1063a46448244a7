// Links into the doc set (`293536.md#x`, `85517#y`, `#z`) become the doc's page
// URL under docsBaseUrl; http(s) and mailto links are kept as they are; any other scheme
// (javascript:, data:, file:, …) would be a live link in editors' hovers and in pages made
// from model.json: it is dropped (its text stays), and reported.
import { optional } from '../util/optional.js';
import type { Link, RichText } from '../model/types.js';

/** The schemes a link may keep. */
const KEPT_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The scheme of `target` when it is not one a link may keep, as a browser reads it: control
 * characters and spaces (`java\tscript:`) do not hide it. Undefined for kept schemes and for
 * relative targets.
 */
export function droppedScheme(target: string): string | undefined {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(target.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1]?.toLowerCase();
  return scheme === undefined || KEPT_SCHEMES.has(scheme) ? undefined : scheme;
}

const DOC_LINK = /^(?:\.\/)?(\d+)(?:\.md)?(?:#(.*))?$/;
const SAME_DOC_LINK = /^#(.+)$/;

/** A doc's page, when the config says where the pages are. */
export function docUrl(docsBaseUrl: string | undefined, docId: string, anchor?: string): string | undefined {
  return docsBaseUrl === undefined ? undefined : `${docsBaseUrl}${docId}${anchor ? `#${anchor}` : ''}`;
}

export function resolveLink(link: Link, currentDocId: string, docsBaseUrl: string | undefined): Link {
  const target = link.target.trim();
  const doc = DOC_LINK.exec(target);
  const same = doc ? undefined : SAME_DOC_LINK.exec(target);
  const docId = doc ? doc[1] : same ? currentDocId : undefined;
  if (docId === undefined) return { text: link.text, target: link.target, href: link.target };
  const anchor = (doc ? doc[2] : same?.[1]) || undefined;
  const resolved: Link = { text: link.text, target: link.target, ...optional('href', docUrl(docsBaseUrl, docId, anchor)), docId };
  if (anchor) resolved.anchor = anchor;
  return resolved;
}

/** `text`'s links resolved, those of a dropped scheme left out (`onDropped` is told each). */
export function resolveLinks(text: RichText, currentDocId: string, docsBaseUrl: string | undefined, onDropped: (link: Link, scheme: string) => void): RichText {
  const links: Link[] = [];
  for (const link of text.links) {
    const scheme = droppedScheme(link.target);
    if (scheme === undefined) links.push(resolveLink(link, currentDocId, docsBaseUrl));
    else onDropped(link, scheme);
  }
  return { text: text.text, links };
}
