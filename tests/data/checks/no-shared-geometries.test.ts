import { describe, expect, it } from 'vitest'
import { checkLines, fixtureParts, validDataset } from '../valid-fixture.ts'

describe('no-shared-geometries', () => {
  it('flags two parks drawn with one geometry', async () => {
    const dataset = await validDataset()
    const parts = fixtureParts(dataset)
    const base = parts.park('fixture-battery-base')
    Object.assign(base.properties, { extent: 'point', uncertainty_km: 1 })
    delete base.properties.area_km2
    base.geometry = structuredClone(parts.park('zhongju-battery-industrial-park').geometry)
    expect(checkLines(dataset)).toEqual([
      'geodata/parks.geojson · fixture-battery-base · geometry: has the same geometry as park "zhongju-battery-industrial-park"; a park inside another gets extent "in-parent" and no geometry [no-shared-geometries]',
    ])
  })

  it('accepts a park inside another with no geometry of its own', async () => {
    const dataset = await validDataset()
    const base = fixtureParts(dataset).park('fixture-battery-base')
    Object.assign(base.properties, {
      extent: 'in-parent',
      parent_park_id: 'zhongju-battery-industrial-park',
    })
    delete base.properties.area_km2
    base.geometry = null
    expect(checkLines(dataset)).toEqual([])
  })
})
