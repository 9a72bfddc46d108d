import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchesSector, sectorFilter } from '../../api/analysis/sector-filter.ts'
import type { Sector } from '../../api/domain/index.ts'
import { catalogueCounts } from '../../api/routes/catalogue-counts.ts'
import { createTestApp } from './test-app.ts'

const { ds } = createTestApp()
const filters = new Map(ds.sectors.map((s) => [s.id, sectorFilter(ds.sectors, s.id)]))
const sectorIds = ds.sectors.map((s: Sector) => s.id)
const links = ds.chains.flatMap((c) => c.links.map((l) => `${c.id}/${l.id}`))

/** The plain definition: one scan per sector filter and per chain link. */
function scanCounts(
  places: readonly { properties: { sectors: string[]; chain_links: string[] } }[],
) {
  return {
    bySector: sectorIds.map(
      (id) => places.filter((p) => matchesSector(p.properties.sectors, filters.get(id))).length,
    ),
    byChainLink: links.map(
      (ref) => places.filter((p) => p.properties.chain_links.includes(ref)).length,
    ),
  }
}

const onePass = (places: Parameters<typeof scanCounts>[0]) => {
  const counts = catalogueCounts(places, filters)
  return {
    bySector: sectorIds.map((id) => counts.bySector.get(id) ?? 0),
    byChainLink: links.map((ref) => counts.byChainLink.get(ref) ?? 0),
  }
}

describe('catalogue counts', () => {
  it('count the fixture sites and parks exactly as one scan per sector and per link does', () => {
    expect(onePass(ds.sites)).toEqual(scanCounts(ds.sites))
    expect(onePass(ds.parks)).toEqual(scanCounts(ds.parks))
  })

  it('agree with the scans on any mix of sector lists and repeated chain links', () => {
    const place = fc.record({
      sectors: fc.array(fc.constantFrom(...sectorIds), { minLength: 1, maxLength: 4 }),
      chain_links: fc.array(fc.constantFrom(...links, 'unknown/link'), { maxLength: 5 }),
    })
    fc.assert(
      fc.property(fc.array(place, { maxLength: 60 }), (props) => {
        const places = props.map((properties) => ({ properties }))
        expect(onePass(places)).toEqual(scanCounts(places))
      }),
      { seed: 13, numRuns: 300 },
    )
  })
})
