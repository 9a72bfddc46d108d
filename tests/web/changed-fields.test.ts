import { describe, expect, it } from 'vitest'
import { changedFields } from '../../web/features/edit/changed-fields.ts'

const feature = (coordinates: number[], properties: Record<string, unknown>) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties,
})

describe('the fields a change touched', () => {
  it('lists the geometry and each changed property', () => {
    const before = feature([117.1, 39.1], { name_en: 'A', location_source: 'x', sectors: ['a'] })
    const after = feature([117.2, 39.1], { name_en: 'A', location_source: 'y', sectors: ['a'] })
    expect(changedFields(before, after)).toEqual(['geometry', 'location_source'])
  })

  it('counts added and removed properties, and nothing for a creation or deletion', () => {
    const before = feature([117.1, 39.1], { name_en: 'A', status: 'planned' })
    const after = feature([117.1, 39.1], { name_en: 'A', capacity: null })
    expect(changedFields(before, after)).toEqual(['capacity', 'status'])
    expect(changedFields(null, after)).toEqual([])
    expect(changedFields(before, null)).toEqual([])
  })
})
