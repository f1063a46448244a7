// A key that is set only when it has a value, in its place among the others: model objects
// keep one key order (their JSON is compared byte for byte) and never hold `undefined`.

/** `{ [key]: value }`, or nothing to spread when `value` is undefined. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
