// What an SDK declares, as verify compares it with the docs: enums with their members, read
// from SDK files with a real parser per language (typescript.ts, cpp.ts, java.ts).
import { evaluate, failure, parseValueExpression } from '../model/values.js';

export interface SdkMember {
  name: string;
  /** The value, exactly (BigInt for integers, so `1ULL << 54` stays exact); undefined when it cannot be computed. */
  value?: bigint | string;
  /** The value as the SDK writes it. */
  valueText?: string;
  /** Its doc comment's text, when it has one: what `verify --fix` writes as a new row's description. */
  doc?: string;
  line: number;
  column: number;
}

export interface SdkEnum {
  /** The declared name (`ErrorType`). */
  name: string;
  /** With its namespaces or classes (`bytertc::ErrorType`); the same as `name` at the top level. */
  qualifiedName: string;
  /** The SDK file, as given (relative to the working directory). */
  file: string;
  line: number;
  column: number;
  members: SdkMember[];
}

/** The kinds of SDK file verify reads, by file name. */
export function sdkKindOf(file: string): 'typescript' | 'cpp' | 'java' | undefined {
  if (/\.(?:d\.)?[mc]?ts$/i.test(file)) return 'typescript';
  // C, C++ and Objective-C headers (and Objective-C sources): cpp.ts tells them apart.
  if (/\.(?:h|hh|hpp|hxx|h\+\+|m|mm)$/i.test(file)) return 'cpp';
  if (/\.java$/i.test(file)) return 'java';
  return undefined;
}

/**
 * A doc comment's text: block-comment, `///`, `//!<` and `//` markers, leading `*` and tags
 * (`@brief` kept as text, other `@tag` lines dropped) gone, lines joined by spaces.
 */
export function commentText(raw: string): string | undefined {
  const lines = raw
    .replace(/^\/\*+!?<?|\*+\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*(?:\/\/[/!]?<?|\*(?!\/))?\s?/, '').trim())
    .map((line) => line.replace(/^[@\\]brief\s+/, ''));
  const kept: string[] = [];
  for (const line of lines) {
    if (/^[@\\][a-z]+/i.test(line)) break;
    kept.push(line);
  }
  const text = kept.join(' ').replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/**
 * A member's constant value from its expression's text, by the docs' own exact evaluator
 * (C and Java operators, hex, shifts), with the names declared before it in `known`; integer
 * suffixes (`10L`, `1ULL`) and Java's digit separators (`10_000`) are read as the compilers do.
 * Undefined when it is no constant (a macro, a call).
 */
export function constantValue(text: string, known: ReadonlyMap<string, bigint | string>): bigint | string | undefined {
  // Only inside number literals: `CODE_A` stays a name.
  const plain = text.replace(/\b(0[xX][0-9a-fA-F_]+|\d[\d_]*)[lL]?\b/g, (literal: string) => literal.replace(/_/g, '').replace(/[lL]$/, ''));
  const parsed = parseValueExpression(plain);
  if (!parsed.ok) return undefined;
  const evaluated = evaluate(parsed.value, (path) => {
    const value = known.get(path.at(-1) ?? '');
    return value === undefined ? failure('unresolved-reference', `unknown ${path.join('.')}`) : { ok: true, value };
  });
  return evaluated.ok ? evaluated.value : undefined;
}
