import { describe, expect, it } from 'vitest'
import { normaliseForSearch, searchPlaces } from '../../web/features/search/search-places.ts'
import type { PlaceEntry } from '../../web/lib/places/place-index.ts'

const place = (
  kind: PlaceEntry['kind'],
  id: string,
  name_zh: string,
  name_en: string,
): PlaceEntry => ({
  kind,
  id,
  name_zh,
  name_en,
  bbox: [117, 39, 117, 39],
  district_code: '120116',
})

const INDEX = new Map(
  [
    place('site', 'tianjin-lishen-battery', '天津力神电池股份有限公司', 'Tianjin Lishen Battery'),
    place('site', 'lishen-10gwh-expansion', '力神百亿瓦时扩产项目', 'Lishen 10 GWh expansion'),
    place('park', 'binhai-hi-tech-zone', '滨海高新区', 'Binhai Hi-tech Zone'),
    place('district', '120116', '滨海新区', 'Binhai New Area'),
  ].map((p) => [`${p.kind}:${p.id}`, p]),
)

describe('searching places', () => {
  it('finds a site by part of its Chinese name', () => {
    expect(searchPlaces(INDEX, '力神').map((p) => p.id)).toContain('tianjin-lishen-battery')
  })

  it('finds a site by its English name regardless of case, spaces and hyphens', () => {
    expect(searchPlaces(INDEX, 'LISHEN battery').map((p) => p.id)).toEqual([
      'tianjin-lishen-battery',
    ])
    expect(searchPlaces(INDEX, 'hi tech').map((p) => p.id)).toEqual(['binhai-hi-tech-zone'])
  })

  it('ranks sites before parks before districts, then shorter names first', () => {
    expect(searchPlaces(INDEX, 'binhai').map((p) => p.kind)).toEqual(['park', 'district'])
    expect(searchPlaces(INDEX, '力神').map((p) => p.id)).toEqual([
      'lishen-10gwh-expansion',
      'tianjin-lishen-battery',
    ])
  })

  it('ranks a name starting with the query before one merely containing it', () => {
    const index = new Map(INDEX)
    index.set(
      'park:battery-park',
      place('park', 'battery-park', '电池产业园', 'Battery Recycling Industrial Park'),
    )
    expect(searchPlaces(index, 'battery').map((p) => p.id)).toEqual([
      'battery-park',
      'tianjin-lishen-battery',
    ])
  })

  it('returns nothing for a blank query', () => {
    expect(searchPlaces(INDEX, '  ')).toEqual([])
  })

  it('normalises full-width characters (NFKC)', () => {
    expect(normaliseForSearch('ＬＩＳＨＥＮ（力神）')).toBe('lishen力神')
  })
})
