// Peak memory of a large run. V8 lets the heap grow to about four times the data still in
// use before it collects again; parsing makes garbage fast, so on three times the real doc
// set that was 700 MB at peak for 140 MB in use. Capping the growth at 1.5× halves the peak
// for about a tenth more time, so the CLI does it only for doc sets large enough to need it.
import v8 from 'node:v8';

/** Docs of more text than this (in characters; the real set has 10 million) get the capped growth. */
export const LARGE_DOC_SET_CHARS = 16_000_000;

const GROWING_PERCENT = 50;

let applied = false;

/**
 * Caps V8's heap growth for the rest of this process when `chars` of docs were read, unless
 * the user tuned the heap already (NODE_OPTIONS or node flags). For a process that runs
 * doc-codegen alone (the CLI): the setting is process-wide. Returns whether it is in effect.
 */
export function limitHeapGrowth({ chars }: { chars: number }): boolean {
  if (applied) return true;
  if (chars <= LARGE_DOC_SET_CHARS) return false;
  const userFlags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
  if (/heap-growing-percent|max-old-space-size|max-semi-space-size|optimize-for-size/.test(userFlags)) return false;
  // Read by V8 at every full collection, so it applies from the next one on.
  v8.setFlagsFromString(`--heap-growing-percent=${GROWING_PERCENT}`);
  applied = true;
  return true;
}
