// Values as the docs write them: integers (decimal, hex, negative) and quoted strings.
export type ParsedValue = { ok: true; value: number | string } | { ok: false; reason: string };

const DECIMAL = /^[+-]?\d+$/;
const HEX = /^([+-]?)0x([0-9a-f]+)$/i;

export function parseValue(text: string): ParsedValue {
  const trimmed = text.trim();
  if (DECIMAL.test(trimmed)) return integer(Number(trimmed), trimmed);
  const hex = HEX.exec(trimmed);
  if (hex) return integer((hex[1] === '-' ? -1 : 1) * Number.parseInt(hex[2] ?? '', 16), trimmed);
  const quoted = unquote(trimmed);
  if (quoted !== undefined) return { ok: true, value: quoted };
  return { ok: false, reason: trimmed === '' ? 'The value cell is empty' : `Cannot read \`${trimmed}\` as a value` };
}

function integer(value: number, text: string): ParsedValue {
  if (!Number.isSafeInteger(value)) return { ok: false, reason: `\`${text}\` is beyond the safe integer range` };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

function unquote(text: string): string | undefined {
  if (text.length < 2) return undefined;
  const quote = text[0];
  if ((quote !== '"' && quote !== "'") || text.at(-1) !== quote) return undefined;
  if (quote === '"') {
    try {
      return JSON.parse(text) as string;
    } catch {
      return undefined;
    }
  }
  return text.slice(1, -1);
}
