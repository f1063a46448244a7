// Column roles and verdicts from headers and cells (infer/), as a table of cases.
import { describe, expect, it } from 'vitest';
import { cellShape } from '../../src/infer/cells.js';
import { columnSynonyms, headerRole, normalizeHeader } from '../../src/infer/headers.js';
import { inferTable } from '../../src/infer/table.js';

const synonyms = columnSynonyms();

describe('headerRole', () => {
  it.each([
    ['错误码', 'code'],
    ['属性', 'name'],
    ['Meanings', 'description'],
    ['HTTP状态码', 'code'],
    ['Http code', 'code'],
    ['ErrCode', 'code'],
    ['Meaning in MQTT', 'description'],
    ['결과 코드', 'code'],
    ['错误码名称', 'name'],
    ['字段含义', 'description'],
    ['What to do', 'solution'],
    ['Resolution', 'solution'],
    ['Reconnect', undefined],
  ])('%s → %s', (header, role) => {
    expect(headerRole(header, synonyms)?.role).toBe(role);
  });

  it('takes header texts from the config, which decide', () => {
    expect(headerRole('返回码', columnSynonyms({ code: ['返回码'] }))).toEqual({ role: 'code', config: true });
  });

  it('normalizes case, emphasis and spaces', () => {
    expect(normalizeHeader('  **Error\u3000 Code** ')).toBe('error code');
  });
});

describe('cellShape', () => {
  it.each([
    ['404', 'integer'],
    ['-1', 'integer'],
    ['0x80', 'hex'],
    ['-5000001 ~ 15', 'range'],
    ['1000～1999', 'range'],
    ['1001, 1002', 'list'],
    ['ERR_NULL', 'constant'],
    ['InvalidParameter', 'pascal'],
    ['roomId', 'camel'],
    ['InvalidParameter.TaskNotDone', 'dotted'],
    ['"audio"', 'quoted'],
    ['NAME(2)', 'call'],
    ['String', 'type'],
    ['是', 'flag'],
    ['Success', 'word'],
    ['^^', 'ditto'],
    ['', 'blank'],
    ['房间已满', 'prose'],
    ['ERR_A\nERR_B', 'constant'],
  ])('%j → %s', (text, shape) => {
    expect(cellShape(text)).toBe(shape);
  });
});

describe('inferTable', () => {
  const roles = (headers: string[], rows: string[][], heading?: string) => {
    const inference = inferTable(headers, rows, synonyms, heading === undefined ? {} : { heading });
    return { roles: inference.columns.map((column) => column.role), verdict: inference.verdict.read ? `read ${inference.verdict.kind}` : `${inference.verdict.level} ${inference.verdict.rule}` };
  };

  it.each([
    ['status codes with names', ['Status Code', 'Status Type', 'Meanings'], [['100', 'CONTINUE', 'Go on.'], ['200', 'OK', 'It worked.']], undefined, ['value', 'name', 'description'], 'read codes'],
    ['unknown headers, content decides', ['Xq', 'Zv', 'Wp'], [['-1', 'ERR_NULL', '空指针'], ['-2', 'ERR_BUSY', '设备忙']], undefined, ['value', 'name', 'description'], 'read enum'],
    ['two code columns, the unique one is the code', ['HTTP CODE', 'CODE', 'DESC'], [['400', '10001', 'bad'], ['400', '10002', 'worse']], undefined, ['attribute', 'code', 'description'], 'read codes'],
    ['two code columns, neither unique', ['A', 'B', 'Text'], [['400', '1', 'bad'], ['400', '1', 'worse']], undefined, ['attribute', 'attribute', 'description'], 'warning table-key-ambiguous'],
    ['a parameter table', ['Name', 'Type', 'Description'], [['roomId', 'String', 'The room.'], ['count', 'Int', 'How many.']], undefined, ['name', 'attribute', 'description'], 'info table-ignored'],
    ['quantities', ['项目', '上限'], [['单房间用户数', '8'], ['不可见用户数', '10000']], undefined, ['attribute', 'code'], 'info table-ignored'],
    ['names without values under a type heading', ['Kind', '含义'], [['TEXT', '文本'], ['IMAGE', '图片']], 'MessageKind', ['name', 'description'], 'read enum'],
    ['names without values under a sentence', ['Kind', '含义'], [['TEXT', '文本'], ['IMAGE', '图片']], '消息类型说明', ['name', 'description'], 'info table-ignored'],
    ['methods', ['方法', '描述'], [['joinRoom', '加入房间'], ['leaveRoom', '离开房间']], 'API', ['name', 'description'], 'info table-ignored'],
    ['a code header over text, beside an unknown header', ['错误码', '模块', '说明'], [['一般错误', '下载', '出错了'], ['其他', '上传', '见文档']], undefined, ['attribute', 'attribute', 'attribute'], 'warning table-near-miss'],
    ['every header known (错误码 | 说明): text codes are string codes', ['错误码', '说明'], [['一般错误', '出错了'], ['其他', '见文档']], undefined, ['code', 'description'], 'read codes'],
    ['a text header over identifiers names the codes', ['Http状态码', 'Message', '错误说明'], [['43000', 'InvalidArgument', '参数不合法'], ['43001', 'MissingSignature', '缺少签名']], undefined, ['value', 'name', 'description'], 'read codes'],
    ['grouping columns with blanks', ['Category', 'Error', 'Error Code', 'Description'], [['Net', 'ERR_A', '1', 'a.'], ['', 'ERR_B', '2', 'b.']], undefined, ['attribute', 'name', 'value', 'description'], 'read codes'],
  ])('%s', (_, headers, rows, heading, expectedRoles, verdict) => {
    expect(roles(headers, rows, heading)).toEqual({ roles: expectedRoles, verdict });
  });

  it('says why a column has its role', () => {
    const [code] = inferTable(['HTTP状态码', '说明'], [['400', '请求有误'], ['404', '找不到']], synonyms).columns;
    expect(code?.reason).toBe('header "HTTP状态码" (as "状态码") says code; cells hold numbers, unique');
  });
});
