// Values and names written the way a table already writes them: a neighbour's cell decides
// backticks, hex or decimal (and the case and width of its hex digits), and quotes.

/** The cell's text without backticks around it, and whether it had them. */
function unwrap(cell: string): { inner: string; ticks: string } {
  const match = /^(`+)\s*([\s\S]*?)\s*\1$/.exec(cell);
  return match ? { inner: match[2] ?? '', ticks: match[1] ?? '' } : { inner: cell, ticks: '' };
}

/** `value` written as `neighbour` (a value cell of the same table) writes its value. */
export function valueLike(neighbour: string, value: bigint | string): string {
  const { inner, ticks } = unwrap(neighbour);
  let text: string;
  if (typeof value === 'string') {
    const quote = /^(["'])[\s\S]*\1$/.exec(inner)?.[1];
    text = quote ? `${quote}${value.replaceAll(quote, `\\${quote}`)}${quote}` : value;
  } else {
    const hex = /^(-?)0([xX])([0-9a-fA-F]+)$/.exec(inner);
    if (hex) {
      const digits = (value < 0n ? -value : value).toString(16).padStart(hex[3]?.length ?? 1, '0');
      const upper = /[A-F]/.test(hex[3] ?? '') || (!/[a-f]/.test(hex[3] ?? '') && hex[2] === 'X');
      text = `${value < 0n ? '-' : ''}0${hex[2]}${upper ? digits.toUpperCase() : digits}`;
    } else text = value.toString();
  }
  return `${ticks}${text}${ticks}`;
}

/** `name` written as `neighbour` (a name cell) writes its name: in backticks or bold when it is. */
export function nameLike(neighbour: string, name: string): string {
  const wrap = /^(`+|\*\*|__)[\s\S]*\1$/.exec(neighbour)?.[1] ?? '';
  return `${wrap}${name}${wrap}`;
}

/** A cell's text as the value it shows: no backticks, no quotes, for comparing with the model's. */
export function cellValue(cell: string): string {
  const { inner } = unwrap(cell);
  return inner.replace(/^(["'])([\s\S]*)\1$/, '$2');
}

/** A name cell's text without backticks or emphasis. */
export function cellName(cell: string): string {
  return cell.replace(/^(`+|\*\*|__|\*|_)([\s\S]*)\1$/, '$2').trim();
}
