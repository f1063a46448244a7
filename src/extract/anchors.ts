// The anchors a doc offers to links: every HTML `id="…"` (`<span id="errortype"></span>`)
// and every heading's slug (`### publish` → `publish`), as the doc site makes them.
import type { Nodes, Parent } from 'mdast';
import { headingName, ID_ATTRIBUTE } from './sections.js';

export function anchorsOf(tree: Nodes): string[] {
  const anchors = new Set<string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'html') for (const match of node.value.matchAll(ID_ATTRIBUTE)) if (match[1]) anchors.add(match[1]);
    if (node.type === 'heading') anchors.add(headingSlug(headingName(node)));
    if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes);
  };
  visit(tree);
  return [...anchors];
}

/** GitHub-style slug: lower case, punctuation dropped (letters and digits of any script kept), spaces → `-`. */
export function headingSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}
