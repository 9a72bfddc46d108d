import { fileURLToPath } from 'node:url'
import { distance } from '@turf/distance'
import { describe, expect, it } from 'vitest'
import { sitePositions } from '../../api/data/geodata/site-positions.ts'
import { spreadAround } from '../../api/data/geodata/spread-points.ts'
import { loadDataset } from '../../api/data/load-dataset.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const dataset = await loadDataset(ROOT)
const positions = sitePositions(dataset.sites, dataset.parks, dataset.districts)
const km = (a: number[], b: number[]) => distance(a, b, { units: 'kilometers' })

describe('sitePositions (npx tsx api/data/geodata/place-sites.ts)', () => {
  it('is what geodata/sites.geojson holds: the file is placed', () => {
    for (const site of dataset.sites) {
      expect([site.properties.id, positions.get(site.properties.id)]).toEqual([
        site.properties.id,
        site.geometry.coordinates,
      ])
    }
  })

  it('keeps an exact site on its source coordinate and spreads the others sharing it', () => {
    // Tianjin University is placed by Nankai University's coordinate (the campuses adjoin).
    expect(positions.get('nankai-university')).toEqual([117.164722, 39.101111])
    const tju = positions.get('tianjin-university') ?? [0, 0]
    expect(km(tju, [117.164722, 39.101111])).toBeGreaterThan(0.3)
    expect(km(tju, [117.164722, 39.101111])).toBeLessThan(1)
  })

  it('spreads a park’s members apart inside its ring', () => {
    const centre = [117.719, 39.030519] // TEDA East Area, ring 5 km
    const members = dataset.sites
      .filter((s) => s.properties.park_id === 'teda-east-area')
      .map((s) => positions.get(s.properties.id) ?? [0, 0])
    expect(members.length).toBeGreaterThanOrEqual(3)
    for (const [i, a] of members.entries()) {
      expect(km(a, centre)).toBeLessThan(2.5)
      for (const b of members.slice(i + 1)) expect(km(a, b)).toBeGreaterThan(0.3)
    }
  })
})

describe('spreadAround', () => {
  it('puts no point on the centre and none on another', () => {
    const points = spreadAround([117.2, 39.1], 12, 0.8)
    expect(new Set(points.map((p) => p.join(','))).size).toBe(12)
    for (const p of points) expect(km(p, [117.2, 39.1])).toBeGreaterThan(0.4)
  })
})
