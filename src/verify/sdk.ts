// What an SDK declares, as verify compares it with the docs: enums with their members, read
// from SDK files with a real parser per language (typescript.ts, cpp.ts).

export interface SdkMember {
  name: string;
  /** The value, exactly (BigInt for integers, so `1ULL << 54` stays exact); undefined when it cannot be computed. */
  value?: bigint | string;
  /** The value as the SDK writes it. */
  valueText?: string;
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
export function sdkKindOf(file: string): 'typescript' | 'cpp' | undefined {
  if (/\.(?:d\.)?[mc]?ts$/i.test(file)) return 'typescript';
  if (/\.(?:h|hh|hpp|hxx|h\+\+)$/i.test(file)) return 'cpp';
  return undefined;
}
