// Types of bundle-size.mjs for the tests that import it.
export type Imported = 'enum' | 'enum + message' | 'everything';
export type Bundler = 'esbuild' | 'rollup';
/** The part of an enum of the model that the entry needs. */
export interface EnumShape {
  name: string;
  members: readonly { name: string; value: number | string }[];
}
export const IMPORTS: readonly Imported[];
export function namesOf(name: string): string[];
export function entryCode(what: Imported, style: 'enum' | 'const-object' | 'union', module: string, enumDef: EnumShape): string;
export function bundle(bundler: Bundler, dir: string, entry: string): Promise<string>;
export function ownBytes(dir: string, module: string, name: string): number;
export function bundleSizes(dir: string, module: string, enumDef: EnumShape, style: 'enum' | 'const-object' | 'union'): Promise<Record<Imported, Record<Bundler, number>>>;
export interface BundleRow {
  module: string;
  enums: number;
  style: 'enum' | 'const-object' | 'union';
  sizes: Record<Imported, Record<Bundler, number>>;
}
export function bundleTable(docsDir: string, docs: readonly string[], workDir: string, generate: (dir: string) => void): Promise<BundleRow[]>;
