// The two seed docs, end to end through the model: every row, in document order,
// with hand-written expectations for a sample of members.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { buildModelFromDocs } from '../src/build-model.js';
import type { EnumDef, Model } from '../src/model/types.js';
import { REPO_ROOT } from './helpers/paths.js';

let model: Model;
let errorType: EnumDef;
let openApi: EnumDef;

beforeAll(async () => {
  const result = await buildModelFromDocs(await loadConfig(undefined, REPO_ROOT));
  // The seed links to doc 293536 (MultimediaPlugin), which is not among the two docs given.
  expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual(
    [58, 59, 60, 61, 62, 63].map((line) => `docs/293538.md:${line}:3 broken-link`),
  );
  model = result.model;
  const find = (name: string): EnumDef => {
    const found = model.enums.find((enumDef) => enumDef.name === name);
    if (!found) throw new Error(`no enum ${name}`);
    return found;
  };
  errorType = find('ErrorType');
  openApi = find('OpenApiErrorCode');
});

describe('docs/293538.md: web-SDK ErrorType', () => {
  it('has all 47 numeric members in document order', () => {
    expect(errorType.members).toHaveLength(47);
    expect(errorType.valueType).toBe('number');
    expect(errorType.kind).toBe('enum');
    const names = errorType.members.map((member) => member.name);
    expect(names.slice(0, 3)).toEqual(['Success', 'InvalidToken', 'InvalidTicket']);
    expect(names.indexOf('FlowBlocked')).toBe(names.indexOf('ExpiredToken') - 1);
    expect(names.at(-1)).toBe('MPVolumeExceedUpperLimit');
  });

  it('keeps heading, anchor, description and position', () => {
    expect(errorType.module).toBe('293538');
    expect(errorType.description).toEqual({ text: '错误码', links: [] });
    expect(errorType.url).toBe('https://www.volcengine.com/docs/6348/293538#errortype');
    expect(errorType.source).toEqual({ path: 'docs/293538.md', line: 7, column: 1, anchor: 'errortype' });
  });

  it.each([
    ['Success', 0, '成功', 17],
    ['FlowBlocked', 200, '流量封禁', 44],
    ['ExpiredToken', 100, 'token过期', 45],
    ['InvalidServerId', 1005, '不合法的 Message Server Id, 收到 50002 消息时没有 s:server_message_id 字段', 54],
  ])('%s = %d: %s (line %d)', (name, value, text, line) => {
    const member = errorType.members.find((candidate) => candidate.name === name);
    expect(member).toMatchObject({ name, value, description: { text, links: [] } });
    expect(member?.source).toEqual({ path: 'docs/293538.md', line, column: 3, anchor: 'errortype' });
  });

  it('keeps links as data and resolves them under docsBaseUrl', () => {
    const member = errorType.members.find((candidate) => candidate.name === 'MPNotSupportCipher');
    expect(member?.value).toBe(10005);
    expect(member?.description).toEqual({
      text: '解密失败，需要MultimediaPlugin',
      links: [
        {
          text: 'MultimediaPlugin',
          target: '293536.md#multimediaplugin',
          href: 'https://www.volcengine.com/docs/6348/293536#multimediaplugin',
          docId: '293536',
          anchor: 'multimediaplugin',
        },
      ],
    });
  });
});

describe('docs/412253.md: OpenAPI error codes', () => {
  it('has all 46 string codes, named by the config', () => {
    expect(openApi.members).toHaveLength(46);
    expect(openApi.kind).toBe('codes');
    expect(openApi.valueType).toBe('string');
    expect(openApi.members.every((member) => member.value === member.name)).toBe(true);
    expect(openApi.url).toBe('https://www.volcengine.com/docs/6348/412253');
    expect(openApi.description?.text.startsWith('如果调用 OpenAPI 失败')).toBe(true);
  });

  it.each([
    ['JsonParsingError', 'Request Body 解析为 json 失败', '请检查request body的json格式', 12],
    ['AppNotFound', '应用不存在', '请输入正确的 AppId', 27],
    [
      'OwnerShouldBeEqual',
      '添加会话成员时，群主的 UserId 必须跟群聊的 OwnerUserId 保持一致',
      '添加会话成员时，群主 UserId 需要和群聊的 OwnerUserId 保持一致，如需更换群主，请调用 update 接口进行更换',
      24,
    ],
    ['RateLimitExceeded', '接口调用超过限流值', '降低对应接口调用频率', 57],
  ])('%s: %s / %s (line %d)', (code, message, solution, line) => {
    const member = openApi.members.find((candidate) => candidate.name === code);
    expect(member).toMatchObject({ value: code, description: { text: message }, solution: { text: solution } });
    expect(member?.source.line).toBe(line);
  });
});

describe('the model', () => {
  it('lists both docs with their front matter and is plain JSON', () => {
    expect(model.schemaVersion).toBe(1);
    expect(model.docs.map((doc) => [doc.path, doc.docId, doc.frontMatter])).toEqual([
      ['docs/293538.md', '293538', { isDir: false, status: 1, keywords: ['实时音视频'] }],
      ['docs/412253.md', '412253', { isDir: false, status: 1, keywords: ['实时音视频'] }],
    ]);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });
});
