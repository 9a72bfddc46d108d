import { describe, expect, it } from 'vitest'
import type { SearchEntry } from '../../../web/features/search/search-entry.ts'
import { normaliseForSearch, searchEntries } from '../../../web/features/search/search-places.ts'

const HYDROGEN = { name_zh: '氢能及氢燃料电池', name_en: 'Hydrogen and fuel cells' }
const entry = (
  kind: SearchEntry['kind'],
  id: string,
  name_zh: string,
  name_en: string,
  extra: Partial<SearchEntry> = {},
): SearchEntry => ({ kind, id, name_zh, name_en, aliases: [], related: [], ...extra })

const ENTRIES = [
  entry('site', 'tianjin-lishen-battery', '天津力神电池股份有限公司', 'Tianjin Lishen Battery'),
  entry('site', 'lishen-10gwh-expansion', '力神百亿瓦时扩产项目', 'Lishen 10 GWh expansion'),
  entry(
    'park',
    'teda',
    '天津经济技术开发区(市开发区)',
    'Tianjin Economic-Technological Development Area (TEDA)',
    {
      aliases: ['泰达', 'TEDA'],
    },
  ),
  entry(
    'park',
    'teda-base',
    '市开发区新能源专用车产业基地',
    'TEDA New-Energy Special Vehicle Base',
  ),
  entry(
    'park',
    'guoqing',
    '国氢新能源燃料电池产业园',
    'Guoqing New Energy Fuel Cell Industrial Park',
    {
      related: [HYDROGEN],
    },
  ),
  entry('district', '120116', '滨海新区', 'Binhai New Area', { aliases: ['塘沽', 'Tanggu'] }),
  entry('infrastructure', 'tianjin-port', '天津港', 'Port of Tianjin (Xingang, nominal centre)', {
    aliases: ['Tianjin Port'],
  }),
  entry('site', 'port-trucks', '天津港自动驾驶电动集卡', 'Tianjin Port autonomous electric trucks'),
  entry('sector', 'hydrogen', HYDROGEN.name_zh, HYDROGEN.name_en),
  entry('chain', 'hydrogen', HYDROGEN.name_zh, HYDROGEN.name_en),
  entry('link', 'hydrogen/production', '制氢', 'Hydrogen production', { chain: HYDROGEN }),
]
const ids = (query: string) =>
  searchEntries(ENTRIES, query).map((h) => `${h.entry.kind}:${h.entry.id}`)

describe('searching the map', () => {
  it('finds a sector, its chain, then the places in it by a part of the sector’s name', () => {
    expect(ids('氢能')).toEqual(['sector:hydrogen', 'chain:hydrogen', 'park:guoqing'])
  })

  it('finds places through their sector, after direct matches and before chain links', () => {
    expect(ids('hydrogen')).toEqual([
      'sector:hydrogen',
      'chain:hydrogen',
      'park:guoqing',
      'link:hydrogen/production',
    ])
    expect(searchEntries(ENTRIES, 'hydrogen')[2]?.via).toEqual(HYDROGEN)
  })

  it('finds infrastructure by name and alias, the place itself before what is named after it', () => {
    expect(ids('天津港')[0]).toBe('infrastructure:tianjin-port')
    expect(ids('tianjin port')).toEqual(['infrastructure:tianjin-port', 'site:port-trucks'])
  })

  it('ranks an alias that equals the query before a name that merely starts with it', () => {
    expect(ids('TEDA')).toEqual(['park:teda', 'park:teda-base'])
    expect(ids('泰达')).toEqual(['park:teda'])
    expect(searchEntries(ENTRIES, 'tanggu')[0]).toMatchObject({ match: 'alias' })
  })

  it('finds a site by part of its Chinese name, also after the 天津 prefix, shorter names first', () => {
    expect(ids('力神')).toEqual(['site:lishen-10gwh-expansion', 'site:tianjin-lishen-battery'])
  })

  it('finds English names regardless of case, spaces and hyphens, and by all their words', () => {
    expect(ids('LISHEN battery')).toEqual(['site:tianjin-lishen-battery'])
    expect(ids('port tianjin')).toContain('infrastructure:tianjin-port')
  })

  it('returns nothing for a blank query', () => {
    expect(searchEntries(ENTRIES, '  ')).toEqual([])
  })

  it('normalises full-width letters and drops punctuation', () => {
    expect(normaliseForSearch('ＬＩＳＨＥＮ（力神）')).toBe('lishen力神')
  })
})
