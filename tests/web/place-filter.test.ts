import { describe, expect, it } from 'vitest'
import type { ParkProperties, SiteProperties } from '../../api/domain/index.ts'
import { parkMatches, sectorVisibility, siteMatches } from '../../web/lib/places/place-filter.ts'
import { NO_FILTERS } from '../../web/lib/url/view-url.ts'

const site = (sectors: string[], extra: Partial<SiteProperties> = {}): SiteProperties => ({
  id: 'a-site',
  name_zh: '甲',
  name_en: 'A',
  district_code: '120116',
  sectors,
  chain_links: [],
  plans: ['ne18'],
  citations: ['ne18-1.3'],
  location_precision: 'district',
  placement: 'district',
  location_source: 'test',
  location_basis_zh: '测试',
  location_basis_en: 'test',
  location_refs: [],
  kind: 'company',
  status: 'operating',
  park_id: null,
  investment_cny_100m: null,
  capacity: null,
  ...extra,
})

describe('which places the layer panel shows', () => {
  it('shows a site while its primary (first) sector is on, whatever its other sectors', () => {
    const on = sectorVisibility(['biomedicine'])
    expect(siteMatches(site(['li-battery', 'biomedicine']), on, NO_FILTERS)).toBe(true)
    expect(siteMatches(site(['biomedicine', 'li-battery']), on, NO_FILTERS)).toBe(false)
  })

  it('shows a sub-sector that is on while its parent is off (the tree lists both to hide both)', () => {
    const on = sectorVisibility(['new-energy', 'biomedicine'])
    expect(on('li-battery')).toBe(true)
    expect(on('new-energy')).toBe(false)
    expect(siteMatches(site(['li-battery']), on, NO_FILTERS)).toBe(true)
  })

  it('applies status, plan and district filters to sites', () => {
    const on = sectorVisibility([])
    const s = site(['li-battery'])
    expect(siteMatches(s, on, { ...NO_FILTERS, status: 'pipeline' })).toBe(false)
    expect(siteMatches(s, on, { ...NO_FILTERS, plan: 'mfg21' })).toBe(false)
    expect(siteMatches(s, on, { ...NO_FILTERS, district: '120111' })).toBe(false)
    expect(siteMatches(s, on, { status: 'operating', plan: 'ne18', district: '120116' })).toBe(true)
  })

  it('shows a park while any of its sectors is on; status does not apply to parks', () => {
    const park = {
      ...site(['biomedicine', 'li-battery']),
      kind: 'park',
    } as unknown as ParkProperties
    expect(parkMatches(park, sectorVisibility(['biomedicine']), NO_FILTERS)).toBe(true)
    expect(parkMatches(park, sectorVisibility(['biomedicine', 'li-battery']), NO_FILTERS)).toBe(
      false,
    )
    expect(parkMatches(park, sectorVisibility([]), { ...NO_FILTERS, status: 'pipeline' })).toBe(
      true,
    )
  })
})
