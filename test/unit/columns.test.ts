import { describe, expect, it } from 'vitest';
import { columnSynonyms, headerRoles, normalizeHeader } from '../../src/extract/columns.js';

describe('headerRoles', () => {
  const synonyms = columnSynonyms();
  it.each([
    [['错误码', '说明', '处理方法'], ['code', 'description', 'solution']],
    [['属性', '值', '描述'], ['name', 'value', 'description']],
    [['属性', '值', '说明'], ['name', 'value', 'description']],
    [['类型', '值', '说明'], ['name', 'value', 'description']],
    [['Error code', 'Solution', 'Description'], ['code', 'solution', 'description']],
    [['**Name**', 'Value', 'Meaning'], ['name', 'value', 'description']],
    [['变更详情', '错误码', '说明'], [undefined, 'code', 'description']],
    [['参数名', '类型', '说明'], [undefined, 'name', 'description']],
  ])('%j → %j', (headers, roles) => {
    expect(headerRoles(headers, synonyms)).toEqual(roles);
  });

  it('takes extra header texts from the config', () => {
    const extended = columnSynonyms({ solution: ['对策'], code: ['返回码'] });
    expect(headerRoles(['返回码', '说明', '对策'], extended)).toEqual(['code', 'description', 'solution']);
  });

  it('normalizes case, emphasis and spaces', () => {
    expect(normalizeHeader('  **Error\u3000 Code** ')).toBe('error code');
  });
});
