// `lint --fix`: the replacements fixable diagnostics carry (vfile's `expected`, what the
// editor offers as a quick fix) as edits of their docs' lines. A replacement that spans lines,
// or overlaps another on its line, is left to the next run.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { noEdits, type DocEdits } from './apply.js';

interface LineFix {
  start: number;
  end: number;
  text: string;
}

/** The edits of every diagnostic with one replacement and a range on one line, by doc path; `lines(path)` gives a doc's lines as read. */
export function diagnosticFixes(diagnostics: readonly Diagnostic[], lines: (file: string) => readonly string[]): Map<string, DocEdits> {
  const byLine = new Map<string, Map<number, LineFix[]>>();
  for (const diagnostic of diagnostics) {
    const place = diagnostic.place;
    const text = diagnostic.expected?.length === 1 ? diagnostic.expected[0] : undefined;
    if (text === undefined || !diagnostic.file || !place || !('start' in place) || place.start.line !== place.end.line) continue;
    const fixes = byLine.get(diagnostic.file) ?? new Map<number, LineFix[]>();
    byLine.set(diagnostic.file, fixes);
    const onLine = fixes.get(place.start.line) ?? [];
    fixes.set(place.start.line, onLine);
    onLine.push({ start: place.start.column - 1, end: place.end.column - 1, text });
  }
  const edits = new Map<string, DocEdits>();
  for (const [file, fixes] of byLine) {
    const docLines = lines(file);
    const replace = new Map<number, string>();
    for (const [number, onLine] of fixes) {
      let line = docLines[number - 1] ?? '';
      let limit = Number.POSITIVE_INFINITY;
      // Right to left, so each fix's columns are still the line's as read.
      for (const fix of [...onLine].sort((a, b) => b.start - a.start)) {
        if (fix.end > limit) continue;
        line = line.slice(0, fix.start) + fix.text + line.slice(fix.end);
        limit = fix.start;
      }
      replace.set(number, line);
    }
    edits.set(file, { ...noEdits(), replace });
  }
  return edits;
}
