/** One step of a path into a JSON value: an object key or an array index. */
export type PathSegment = PropertyKey

/**
 * Field path as people write it: `properties.location_precision`,
 * `geometry.coordinates[0][3]`, `citations[2]`. Empty path → `(record)`.
 */
export function formatFieldPath(path: readonly PathSegment[]): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else out += out === '' ? String(segment) : `.${String(segment)}`
  }
  return out === '' ? '(record)' : out
}

/** The value at `path` inside `root`, or `undefined` when any step is missing. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = root
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[segment]
  }
  return current
}

const MAX_VALUE_CHARS = 60

/**
 * Short human description of a JSON value for "got …" messages: strings quoted and clipped,
 * arrays by length, objects as `an object`, `undefined` as `nothing (field missing)`.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (field missing)'
  if (value === null) return 'null'
  if (typeof value === 'string') {
    const clipped = value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…` : value
    return JSON.stringify(clipped)
  }
  if (Array.isArray(value)) return `an array of ${value.length}`
  if (typeof value === 'object') return 'an object'
  return String(value)
}
