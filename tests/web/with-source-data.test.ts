import { describe, expect, it } from 'vitest'
import { offlineStyle } from '../../web/map/style/basemap-style.ts'
import { withSourceData } from '../../web/map/style/with-source-data.ts'

const POINT: GeoJSON.FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'a',
      properties: {},
      geometry: { type: 'Point', coordinates: [117, 39] },
    },
  ],
}

describe('withSourceData', () => {
  it('puts the data into the named GeoJSON sources and leaves every other source as it was', () => {
    const style = offlineStyle('zh', 'https://map.example/', true)
    const seeded = withSourceData(style, { districts: POINT, sites: POINT })
    expect(seeded.sources.districts).toMatchObject({ type: 'geojson', data: POINT })
    expect(seeded.sources.sites).toMatchObject({ type: 'geojson', data: POINT })
    for (const id of Object.keys(style.sources).filter(
      (id) => id !== 'districts' && id !== 'sites',
    )) {
      expect(seeded.sources[id]).toBe(style.sources[id])
    }
    expect(seeded.layers).toBe(style.layers)
  })

  it('does not change the style it is given, nor a source that is not GeoJSON or not there', () => {
    const style = offlineStyle('en', 'https://map.example/', true)
    const before = JSON.stringify(style)
    const tiled = {
      ...style,
      sources: { ...style.sources, sites: { type: 'vector' as const, tiles: ['/t/{z}/{x}/{y}'] } },
    }
    const seeded = withSourceData(tiled, { sites: POINT, nowhere: POINT })
    expect(seeded.sources.sites).toEqual({ type: 'vector', tiles: ['/t/{z}/{x}/{y}'] })
    expect(seeded.sources.nowhere).toBeUndefined()
    expect(JSON.stringify(style)).toBe(before)
  })
})
