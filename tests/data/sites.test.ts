import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon'
import { describe, expect, it } from 'vitest'
import {
  type DistrictPolygon,
  districtPoint,
  readClauseTexts,
} from '../../api/data/geodata/build-sites.ts'
import { SiteCollectionSchema } from '../../api/domain/index.ts'

const ROOT = join(fileURLToPath(import.meta.url), '../../..')
const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'))

const sites = SiteCollectionSchema.parse(readJson('geodata/sites.geojson')).features
const districts: DistrictPolygon[] = readJson('geodata/districts.geojson').features
const districtByCode = new Map(districts.map((d) => [d.properties.code, d]))
const clauses = readClauseTexts(ROOT)

/** Companies and institutions of 二、 and 三、(三) of the 2018 plan placed on the map. */
const NE18_NAMED = [
  '力神',
  '巴莫',
  '贝特瑞',
  '东皋膜',
  '国安盟固利',
  '明阳',
  '维斯塔斯',
  '中环',
  '英利',
  '比亚迪',
  '银隆',
  '松正',
  '中国汽车技术研究中心',
  '第十八研究所',
  '南开大学',
  '天津大学',
  '中聚',
  '东方电气叶片',
  '渤化集团',
]

describe('geodata/sites.geojson', () => {
  it('parses with the site collection schema and is not empty', () => {
    expect(sites.length).toBeGreaterThan(0)
  })

  it('gives every site a unique id that matches its properties id', () => {
    const ids = sites.map((s) => s.properties.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const site of sites) expect(site.id).toBe(site.properties.id)
  })

  it('places every site inside the district it claims', () => {
    const outside = sites.filter((site) => {
      const district = districtByCode.get(site.properties.district_code)
      return !district || !booleanPointInPolygon(site.geometry.coordinates, district)
    })
    expect(outside.map((s) => s.properties.id)).toEqual([])
  })

  it('puts district-precision sites exactly on their district representative point', () => {
    const off = sites.filter((site) => {
      if (site.properties.location_precision !== 'district') return false
      const district = districtByCode.get(site.properties.district_code)
      return !district || `${districtPoint(district)}` !== `${site.geometry.coordinates}`
    })
    expect(off.map((s) => s.properties.id)).toEqual([])
  })

  it('keeps coordinates to at most 6 decimals', () => {
    const tooFine = sites.filter((s) =>
      s.geometry.coordinates.some((v) => Math.round(v * 1e6) / 1e6 !== v),
    )
    expect(tooFine.map((s) => s.properties.id)).toEqual([])
  })

  it('maps each named 2018-plan company or institution as a site citing the 2018 plan', () => {
    const missing = NE18_NAMED.filter(
      (name) =>
        !sites.some(
          (s) => s.properties.name_zh.includes(name) && s.properties.plans.includes('ne18'),
        ),
    )
    expect(missing).toEqual([])
  })

  it('cites only clauses that exist in seeds/extracted/clauses.json', () => {
    expect(clauses).toBeDefined()
    const unknown = sites.flatMap((s) =>
      s.properties.citations.filter((id) => !clauses?.has(id)).map((id) => `${s.id} ${id}`),
    )
    expect(unknown).toEqual([])
  })

  it('cites a clause of every plan it lists, and lists the plan of every clause it cites', () => {
    const mismatched = sites.filter((s) => {
      const cited = new Set(s.properties.citations.map((id) => id.split('-')[0]))
      return [...cited].sort().join() !== [...s.properties.plans].sort().join()
    })
    expect(mismatched.map((s) => s.properties.id)).toEqual([])
  })

  it('quotes every capacity verbatim from one of the clauses the site cites', () => {
    const withCapacity = sites.filter((s) => s.properties.capacity)
    expect(withCapacity.length).toBeGreaterThan(0)
    const unquoted = withCapacity.filter((s) => {
      const quote = s.properties.capacity?.quote ?? ''
      return !s.properties.citations.some((id) => clauses?.get(id)?.includes(quote))
    })
    expect(unquoted.map((s) => s.properties.id)).toEqual([])
  })
})
