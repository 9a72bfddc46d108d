import { distance } from '@turf/distance'
import { describe, expect, it } from 'vitest'
import { fromWgs84, gcj02Text, toWgs84 } from '../../api/analysis/convert-crs.ts'
import type { LngLat } from '../../api/domain/index.ts'

/** A 0.1° grid over Tianjin's extent (116.7–118.1 E, 38.5–40.3 N). */
function tianjinGrid(): LngLat[] {
  const points: LngLat[] = []
  for (let lng = 116.7; lng <= 118.1; lng += 0.1) {
    for (let lat = 38.5; lat <= 40.3; lat += 0.1) points.push([lng, lat])
  }
  return points
}

const metres = (a: LngLat, b: LngLat) => distance(a, b, { units: 'kilometers' }) * 1000

describe('coordinate system conversion', () => {
  it.each(['gcj02', 'bd09'] as const)(
    'round-trips WGS84 → %s → WGS84 within 1 m across Tianjin',
    (crs) => {
      const errors = tianjinGrid().map((p) => metres(p, toWgs84(fromWgs84(p, crs), crs)))
      expect(Math.max(...errors)).toBeLessThan(1)
    },
  )

  it.each(['gcj02', 'bd09'] as const)('moves Tianjin positions by 100 m–1.5 km into %s', (crs) => {
    const offsets = tianjinGrid().map((p) => metres(p, fromWgs84(p, crs)))
    expect(Math.min(...offsets)).toBeGreaterThan(100)
    expect(Math.max(...offsets)).toBeLessThan(1500)
  })

  it('leaves positions outside China unchanged', () => {
    const paris: LngLat = [2.3522, 48.8566]
    expect(toWgs84(paris, 'gcj02')).toEqual(paris)
    expect(fromWgs84(paris, 'gcj02')).toEqual(paris)
  })

  it('leaves WGS84 as it is, rounded to 6 decimals', () => {
    expect(toWgs84([117.12345678, 39.87654321], 'wgs84')).toEqual([117.123457, 39.876543])
  })

  it('copies a position as GCJ-02 text "lng,lat" with 6 decimals', () => {
    const text = gcj02Text([117.2, 39.1])
    expect(text).toMatch(/^117\.2\d{5},39\.1\d{5}$/)
    const [lng, lat] = text.split(',').map(Number) as LngLat
    expect(metres(toWgs84([lng, lat], 'gcj02'), [117.2, 39.1])).toBeLessThan(1)
  })
})
