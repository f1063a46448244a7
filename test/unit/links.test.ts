import { describe, expect, it } from 'vitest';
import { resolveLink } from '../../src/model/links.js';

const base = 'https://www.volcengine.com/docs/6348/';

describe('resolveLink', () => {
  it.each([
    ['293536.md#multimediaplugin', `${base}293536#multimediaplugin`, '293536', 'multimediaplugin'],
    ['85517#y', `${base}85517#y`, '85517', 'y'],
    ['./85517.md', `${base}85517`, '85517', undefined],
    ['#local', `${base}293538#local`, '293538', 'local'],
  ])('%s → %s', (target, href, docId, anchor) => {
    const link = resolveLink({ text: 'x', target, href: target }, '293538', base);
    expect(link.href).toBe(href);
    expect(link.docId).toBe(docId);
    expect(link.anchor).toBe(anchor);
  });

  it.each(['https://example.com/a#b', 'mailto:a@b.c', '../other/page.html'])('keeps %s as it is', (target) => {
    expect(resolveLink({ text: 'x', target, href: target }, '293538', base)).toEqual({ text: 'x', target, href: target });
  });
});
