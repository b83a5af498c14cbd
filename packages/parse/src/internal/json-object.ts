/** A parsed JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>

/** Whether a parsed JSON value is an object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
