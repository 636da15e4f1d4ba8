/**
 * A null-prototype copy of lookup tables (merged left to right): a key read from data ("constructor", "__proto__",
 * "toString") finds nothing instead of Object.prototype's members.
 */
export function table<T>(...parts: Record<string, T>[]): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, ...parts)
}
