/** `1 doc`, `2 docs`: a count with its noun, in the plural unless it is one. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
