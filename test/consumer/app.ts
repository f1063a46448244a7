// A small app that uses the generated package the way apps do: by its package name,
// root and subpath imports, every helper, and the i18next JSON.
import {
  ErrorType,
  OpenApiErrorCode,
  errorTypeMessages,
  getErrorTypeMessage,
  getErrorTypeName,
  getOpenApiErrorCodeMessage,
  getOpenApiErrorCodeName,
  isErrorType,
  isOpenApiErrorCode,
  openApiErrorCodeMessages,
  toErrorType,
  toOpenApiErrorCode,
  LOCALES,
  type ErrorTypeName,
  type Locale,
  type Message,
  type OpenApiErrorCodeName,
} from 'im-codes';
import { ErrorType as ErrorTypeFromSubpath } from 'im-codes/293538';
import { OpenApiErrorCode as CodesFromSubpath } from 'im-codes/412253';
import catalog from 'im-codes/locales/zh-CN/412253.json' with { type: 'json' };
import englishCatalog from 'im-codes/locales/en/412253.json' with { type: 'json' };

function describeError(code: unknown): string {
  if (isErrorType(code)) {
    const name: ErrorTypeName | undefined = getErrorTypeName(code);
    const message: Message = getErrorTypeMessage(code);
    return `ErrorType.${name}: ${message.message}`;
  }
  if (isOpenApiErrorCode(code)) {
    const name: OpenApiErrorCodeName | undefined = getOpenApiErrorCodeName(code);
    const { message, solution } = getOpenApiErrorCodeMessage(code);
    return `OpenApiErrorCode.${name}: ${message} / ${solution ?? ''}`;
  }
  return `unknown: ${String(code)}`;
}

const lines: string[] = [
  describeError(ErrorType.InvalidToken),
  describeError(200),
  describeError(3),
  describeError('RateLimitExceeded'),
  describeError('NoSuchCode'),
  `toErrorType(1008) = ${String(toErrorType(1008))}, toErrorType('1008') = ${String(toErrorType('1008'))}`,
  `toOpenApiErrorCode('AppNotFound') = ${String(toOpenApiErrorCode('AppNotFound'))}, toOpenApiErrorCode(1) = ${String(toOpenApiErrorCode(1))}`,
  `getErrorTypeName(-1) = ${String(getErrorTypeName(-1))}`,
  `same enum from subpath: ${String(ErrorTypeFromSubpath.FlowBlocked === ErrorType.FlowBlocked && CodesFromSubpath.NoAuth === OpenApiErrorCode.NoAuth)}`,
  `catalog sizes: ${Object.keys(errorTypeMessages['zh-CN']).length} + ${Object.keys(openApiErrorCodeMessages['zh-CN']).length}`,
  `i18next: ${catalog.OpenApiErrorCode.InvalidParam.message} / ${englishCatalog.OpenApiErrorCode.InvalidParam.message}`,
  ...LOCALES.map((locale: Locale) => `${locale}: ${getErrorTypeMessage(ErrorType.NetworkError, { locale }).message}; ${getOpenApiErrorCodeMessage(OpenApiErrorCode.AppNotFound, { locale }).solution ?? ''}`),
];
console.log(lines.join('\n'));
