import { describe, expect, it } from 'vitest'
import { countSites } from '../../api/routes/count-sites.ts'
import { sectorVisibility, siteMatches } from '../../web/lib/places/place-filter.ts'
import { listedSiteCounts, serverSiteCounts } from '../../web/lib/places/shown-site-counts.ts'
import type { Filters } from '../../web/lib/url/view-url.ts'
import { districtLevelFeatures } from '../../web/map/sources/map-features.ts'
import { createFixtureDataset } from '../api/fixtures/fixture-dataset.ts'

const ds = createFixtureDataset()
const districtLevel = ds.sites.filter((s) => s.properties.location_precision === 'district')
/** The fixture's sites plus copies of its district-level ones under two other sectors. */
const sites = [
  ...ds.sites,
  ...districtLevel.flatMap((s, i) =>
    ['biomedicine', 'hydrogen'].map((sector) => ({
      ...s,
      properties: { ...s.properties, id: `copy-${i}-${sector}`, sectors: [sector] },
    })),
  ),
]
const FILTERS: Filters[] = [
  { status: null, plan: null, district: null },
  { status: null, plan: 'ne18', district: null },
  { status: 'in-production', plan: null, district: null },
  { status: null, plan: null, district: '120116' },
]

/** The layer panel's numbers from the site list (small data) and from the server (tiles). */
function bothWays(filters: Filters, hidden: string[]) {
  const isOn = sectorVisibility(hidden)
  const visible = sites.filter((s) => siteMatches(s.properties, isOn, filters))
  const server = countSites(sites, {
    status: filters.status ?? undefined,
    plan: filters.plan ?? undefined,
    district: filters.district ?? undefined,
  })
  return { visible, listed: listedSiteCounts(visible), fromServer: serverSiteCounts(server, isOn) }
}

describe('the layer panel counts from the server', () => {
  it.each(FILTERS)(
    'equal the counts of the listed sites (filters %o, sectors on and off)',
    (filters) => {
      for (const hidden of [[], ['wind'], ['new-energy', 'li-battery', 'biomedicine']]) {
        const { listed, fromServer } = bothWays(filters, hidden)
        expect(fromServer.shownSites).toBe(listed.shownSites)
        expect(fromServer.siteCountByPrecision).toEqual(listed.siteCountByPrecision)
        expect(new Map([...fromServer.siteCountBySector].sort())).toEqual(
          new Map([...listed.siteCountBySector].sort()),
        )
      }
    },
  )

  it('give every district badge the same count as the listed sites do, without their keys', () => {
    // one sector of district-level sites off, so the badges lose some sites but not all
    const hidden = ['hydrogen']
    const { visible, fromServer } = bothWays(FILTERS[0] as Filters, hidden)
    expect(
      visible.filter((s) => s.properties.location_precision === 'district').length,
    ).toBeLessThan(districtLevel.length * 3)
    const fromList = districtLevelFeatures(ds.districts, visible, [])
    const fromCounts = districtLevelFeatures(ds.districts, [], [], fromServer.districtLevelSites)
    expect(fromList.features.length).toBeGreaterThan(0)
    const counts = (fc: typeof fromList) =>
      fc.features.map((f) => [f.properties?.code, f.properties?.count])
    expect(counts(fromCounts)).toEqual(counts(fromList))
    for (const badge of fromCounts.features) {
      expect(badge.properties?.unlisted).toBe(badge.properties?.count)
      expect(badge.properties?.places).toBe('')
    }
  })
})
