import { destination } from '@turf/destination'
import { distance } from '@turf/distance'
import { describe, expect, it } from 'vitest'
import { pointSubject } from '../../api/analysis/analysis-subject.ts'
import { chainCompleteness } from '../../api/analysis/chain-completeness.ts'
import { nearestBySector } from '../../api/analysis/nearest-by-sector.ts'
import { buildPlaceIndex } from '../../api/analysis/place-index.ts'
import { buildPointIndex, nearestPoints, pointsWithinKm } from '../../api/analysis/point-index.ts'
import { sectorFilter } from '../../api/analysis/sector-filter.ts'
import { sitesWithinRadius } from '../../api/analysis/sites-within-radius.ts'
import type { LngLat } from '../../api/domain/index.ts'
import { createFixtureDataset } from '../api/fixtures/fixture-dataset.ts'

const ds = createFixtureDataset()
const places = buildPlaceIndex(ds.sites, ds.parks, ds.districts)
const km = (a: LngLat, b: LngLat) => distance(a, b, { units: 'kilometers' })

describe('the radius is inclusive', () => {
  const center: LngLat = [117.7, 39.05]
  const vestas: LngLat = [117.705, 39.055]
  const onRadiusKm = km(center, vestas)

  it('includes a site whose distance equals radius_km exactly', () => {
    const ids = sitesWithinRadius(places, center, onRadiusKm, { kind: 'site' }).items.map(
      (i) => i.id,
    )
    expect(ids).toContain('vestas-wind-tianjin')
  })

  it('excludes it for the next smaller radius', () => {
    const smaller = onRadiusKm - Number.EPSILON * onRadiusKm * 2
    const ids = sitesWithinRadius(places, center, smaller, { kind: 'site' }).items.map((i) => i.id)
    expect(ids).not.toContain('vestas-wind-tianjin')
  })

  it('holds for points placed on the circle with @turf/destination at every bearing', () => {
    const index = buildPointIndex(
      Array.from({ length: 36 }, (_, i) => {
        const at = destination(center, 3, i * 10, { units: 'kilometers' }).geometry.coordinates
        return [at[0], at[1]] as LngLat
      }),
      (p) => p,
    )
    for (const [i, p] of index.items.entries()) {
      const hits = pointsWithinKm(index, center, km(center, p))
      expect(hits.some((h) => h.index === i)).toBe(true)
    }
  })
})

describe('empty and oversized queries', () => {
  it('returns no items and an empty summary for a point far from everything', () => {
    const result = sitesWithinRadius(places, [118.2, 38.8], 5)
    expect(result).toMatchObject({ total: 0, items: [], by_sector: [] })
  })

  it('returns every located place for a radius larger than Tianjin, and the rest apart', () => {
    const result = sitesWithinRadius(places, [117.2, 39.1], 1000)
    const districtLevel = ds.sites.filter((s) => s.properties.location_precision === 'district')
    expect(districtLevel.length).toBeGreaterThan(0)
    expect(result.total).toBe(ds.sites.length - districtLevel.length + ds.parks.length)
    expect(result.district_level.items.map((i) => i.id).sort()).toEqual(
      districtLevel.map((s) => s.properties.id).sort(),
    )
    expect(result.district_level.districts).toHaveLength(16)
  })

  it('returns every matching site, nearest first, when k exceeds the data', () => {
    const result = nearestBySector(places, [117.2, 39.1], 1000, sectorFilter(ds.sectors, 'wind'))
    expect(result.items).toHaveLength(5)
    const distances = result.items.map((i) => i.distance_km ?? Number.NaN)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
  })

  it('answers empty indexes and k = 0 with nothing', () => {
    const empty = buildPointIndex<LngLat>([], (p) => p)
    expect(pointsWithinKm(empty, [117, 39], 10)).toEqual([])
    expect(nearestPoints(empty, [117, 39], 3)).toEqual([])
    expect(nearestPoints(places.sites, [117, 39], 0)).toEqual([])
  })
})

describe('chain links', () => {
  const hydrogen = ds.chains.find((c) => c.id === 'hydrogen')
  if (!hydrogen) throw new Error('fixture lost the hydrogen chain')

  it('reports a link no place provides as missing, with no nearest provider', () => {
    const result = chainCompleteness(places, hydrogen, pointSubject(places, [117.62, 39.08]), 50)
    const refuelling = result.links.find((l) => l.id === 'refuelling')
    expect(refuelling).toMatchObject({ present: false, providers: [], nearest: null })
    expect(result.score).toBe(2 / 3)
  })

  it('names the nearest provider beyond the radius for a missing link', () => {
    const result = chainCompleteness(places, hydrogen, pointSubject(places, [117.62, 39.08]), 1)
    const production = result.links.find((l) => l.id === 'production')
    expect(production?.present).toBe(false)
    expect(production?.nearest?.id).toBe('dalu-hydrogen-equipment')
    expect(production?.nearest?.distance_km).toBe(km([117.62, 39.08], [117.4, 38.99]))
  })
})
