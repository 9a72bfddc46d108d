/** A feature as the change history holds it (before or after a change). */
type Snapshot = Record<string, unknown> | null

/**
 * The parts of a place one change touched: `geometry` and the names of changed properties,
 * in the after-feature's order; `[]` when both sides are equal (or both missing).
 *
 * @example changedFields(before, after) // ['geometry', 'location_source']
 */
export function changedFields(before: Snapshot, after: Snapshot): string[] {
  if (!before || !after) return []
  const fields: string[] = []
  if (JSON.stringify(before.geometry) !== JSON.stringify(after.geometry)) fields.push('geometry')
  const a = (before.properties ?? {}) as Record<string, unknown>
  const b = (after.properties ?? {}) as Record<string, unknown>
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) fields.push(key)
  }
  return fields
}
