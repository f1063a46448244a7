import { describe, expect, it } from 'vitest';
import { anchorsOf, headingSlug } from '../../src/extract/anchors.js';
import { splitNameAndValue } from '../../src/extract/members.js';
import { parseMarkdown } from '../../src/parse/processor.js';

describe('headingSlug', () => {
  it.each([
    ['publish', 'publish'],
    ['ErrorType', 'errortype'],
    ['Set Video Config', 'set-video-config'],
    ['onFrame()', 'onframe'],
    ['枚举值', '枚举值'],
    ['kI420_Format', 'ki420_format'],
  ])('%j → %j', (text, slug) => {
    expect(headingSlug(text)).toBe(slug);
  });
});

describe('anchorsOf', () => {
  it('collects HTML ids anywhere and heading slugs', () => {
    const tree = parseMarkdown('# Client\n\n### publish <span id="rtc-publish"></span>\n\n- item <a id="deep"></a>\n');
    expect(anchorsOf(tree).sort()).toEqual(['client', 'deep', 'publish', 'rtc-publish']);
  });
});

describe('splitNameAndValue (Java-style name cells)', () => {
  it.each([
    ['RETURN_STATUS_FAILURE(-1)', { name: 'RETURN_STATUS_FAILURE', valueText: '-1' }],
    ['MessageConfigReliableOrdered (0)', { name: 'MessageConfigReliableOrdered', valueText: '0' }],
    ['BIM_CONNECT_STATUS_CONNECTING(2, "connecting")', { name: 'BIM_CONNECT_STATUS_CONNECTING', valueText: '2', label: 'connecting' }],
    ['BIM_LOG_DEBUG(1,"debug")', { name: 'BIM_LOG_DEBUG', valueText: '1', label: 'debug' }],
    ['FLAG(1 << 3)', { name: 'FLAG', valueText: '1 << 3' }],
  ])('%j', (text, expected) => {
    expect(splitNameAndValue(text)).toEqual(expected);
  });

  it('refuses a cell without a value', () => {
    expect(splitNameAndValue('JUST_A_NAME')).toBeUndefined();
  });
});
