// Counts definitions in docs with plain line scans, independent of remark and of the
// recognizers, so the corpus test can check the generator against them.
const HEADING = /^(#{1,6})\s/;
const WEB_TYPE_LINE = /^类型\s*[:：]\s*`enum`\s*$/;
const NATIVE_VALUES_HEADING = /^(#{1,6})\s*枚举值\s*$/;

export interface ScannedDefinition {
  /** `path:line` of the heading that names the enum. */
  key: string;
  shape: 'web' | 'native';
  rows: number;
}

/** Whether the front matter keeps the doc (is_dir false, status 1). */
export function isIncluded(text: string): boolean {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match?.[1]) return true;
  const isDir = /^is_dir:\s*(true|True|TRUE)\b/m.test(match[1]);
  const status = /^status:\s*(-?\d+)/m.exec(match[1])?.[1];
  return !isDir && (status === undefined || status === '1');
}

export function scanDefinitions(path: string, text: string): ScannedDefinition[] {
  const lines = text.split(/\r?\n/);
  const found: ScannedDefinition[] = [];
  lines.forEach((line, index) => {
    if (WEB_TYPE_LINE.test(line)) {
      const heading = previousHeading(lines, index, 7);
      if (heading !== undefined) found.push({ key: `${path}:${heading + 1}`, shape: 'web', rows: countRows(lines, index + 1) });
    }
    const values = NATIVE_VALUES_HEADING.exec(line);
    if (values?.[1]) {
      const owner = previousHeading(lines, index, values[1].length);
      if (owner !== undefined) found.push({ key: `${path}:${owner + 1}`, shape: 'native', rows: countRows(lines, index + 1) });
    }
  });
  return found;
}

/** The index of the nearest heading above `index` whose level is below `depth`. */
function previousHeading(lines: readonly string[], index: number, depth: number): number | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const match = HEADING.exec(lines[i] ?? '');
    if (match?.[1] && match[1].length < depth) return i;
  }
  return undefined;
}

/** Body rows of the first table from `start`, stopping at a heading. */
function countRows(lines: readonly string[], start: number): number {
  let i = start;
  while (i < lines.length && !/^\s*\|/.test(lines[i] ?? '')) {
    if (HEADING.test(lines[i] ?? '')) return 0;
    i++;
  }
  i += 2; // header and delimiter rows
  let rows = 0;
  while (i < lines.length && /^\s*\|/.test(lines[i] ?? '')) {
    rows++;
    i++;
  }
  return rows;
}
