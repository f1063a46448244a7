import { describe, expect, it } from 'vitest';
import { isIdentifierName, toDeclarationIdentifier, toMemberIdentifier } from '../../src/model/naming.js';

describe('toMemberIdentifier', () => {
  it.each([
    ['InvalidToken', 'InvalidToken'],
    ['InternalError.RPC', 'InternalError_RPC'],
    ['not found', 'not_found'],
    ['kick-out', 'kick_out'],
    ['404', '_404'],
    ['-1', '_minus_1'],
    ['- 42', '_minus_42'],
    ['1', '_1'],
    ['4xx error', '_4xx_error'],
    ['成功', '成功'],
    ['错误 码', '错误_码'],
    ['__proto__', '__proto___'],
    ['constructor', 'constructor'],
    ['default', 'default'],
    ['$ref', '$ref'],
    ['  Spaced  ', 'Spaced'],
    ['...', '_'],
    ['a..b', 'a_b'],
    ['café', 'cafe'],
    ['Ünicode', 'Unicode'],
    ['カタカナ', 'カタカナ'],
    ['한글', '한글'],
    ['𓑠X', 'X'],
    ['Ωmega', 'mega'],
  ])('%j → %j', (name, expected) => {
    expect(toMemberIdentifier(name)).toBe(expected);
    expect(isIdentifierName(toMemberIdentifier(name))).toBe(true);
  });
});

describe('toDeclarationIdentifier', () => {
  it.each([
    ['ErrorType', 'ErrorType'],
    ['default', 'default_'],
    ['enum', 'enum_'],
    ['string', 'string_'],
    ['__proto__', '__proto___'],
    ['Error Code', 'Error_Code'],
  ])('%j → %j', (name, expected) => {
    expect(toDeclarationIdentifier(name)).toBe(expected);
  });
});
