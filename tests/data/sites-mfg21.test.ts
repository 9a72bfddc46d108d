import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import distance from '@turf/distance'
import pointOnFeature from '@turf/point-on-feature'
import type { Feature, MultiPolygon, Polygon } from 'geojson'
import { describe, expect, it } from 'vitest'
import { REFERENCE_POINTS } from '../../api/data/geodata/reference-points.ts'
import { SiteRowSchema } from '../../api/data/geodata/site-row.ts'
import { MFG21_PLAN_TERMS, SITES_MFG21 } from '../../api/data/geodata/site-table-mfg21.ts'
import { ClauseIdSchema } from '../../api/domain/ids.ts'

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url))
const readJson = <T>(path: string): T => JSON.parse(readFileSync(root(path), 'utf8')) as T
const squash = (text: string) => text.replace(/\s+/g, '')

type District = Feature<Polygon | MultiPolygon, { code: string }>
const districts = readJson<{ features: District[] }>('geodata/districts.geojson').features
const districtByCode = new Map(districts.map((d) => [d.properties.code, d]))

const CLAUSES_PATH = 'seeds/extracted/clauses.json'
const CHAINS_PATH = 'seeds/extracted/chains.json'
const MFG21_TEXT_PATH = 'seeds/normalised/003_d45e528f450152ee.txt'
const NE18_TEXT_PATH = 'seeds/normalised/000_63db5ddb23c6906f.txt'

/** Clause text by id, from `clauses.json` spans into the normalised texts. */
function clauseTexts(): Map<string, string> {
  const texts: Record<string, string> = {
    mfg21: readFileSync(root(MFG21_TEXT_PATH), 'utf8'),
    ne18: readFileSync(root(NE18_TEXT_PATH), 'utf8'),
  }
  const clauses =
    readJson<{ id: string; doc_id: string; start: number; end: number }[]>(CLAUSES_PATH)
  return new Map(clauses.map((c) => [c.id, (texts[c.doc_id] ?? '').slice(c.start, c.end)]))
}
const haveClauses = existsSync(root(CLAUSES_PATH)) && existsSync(root(MFG21_TEXT_PATH))

describe('the 2021-plan site table', () => {
  // 34 since 中国信创谷 and 细胞谷 are mapped once, as parks (`china-xinchuang-valley`, `binhai-cell-valley`).
  it('has at least 34 rows, each valid against the site-row schema', () => {
    expect(SITES_MFG21.length).toBeGreaterThanOrEqual(34)
    for (const row of SITES_MFG21) {
      const result = SiteRowSchema.safeParse(row)
      expect(result.success, `${row.id}: ${result.error?.message}`).toBe(true)
    }
  })

  it('uses each id once', () => {
    const ids = SITES_MFG21.map((row) => row.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('names only the 2021 plan and cites only its clauses', () => {
    for (const row of SITES_MFG21) {
      expect(row.plans, row.id).toEqual(['mfg21'])
      for (const id of row.citations) {
        expect(ClauseIdSchema.safeParse(id).success, `${row.id}: ${id}`).toBe(true)
        expect(id.startsWith('mfg21-'), `${row.id}: ${id}`).toBe(true)
      }
    }
  })

  it('puts every point inside the district it claims', () => {
    for (const row of SITES_MFG21) {
      const district = districtByCode.get(row.district_code)
      expect(district, `${row.id}: unknown district ${row.district_code}`).toBeDefined()
      if (district) expect(booleanPointInPolygon(row.position, district), row.id).toBe(true)
    }
  })

  it('places district-level rows on the district representative point', () => {
    for (const row of SITES_MFG21.filter((r) => r.location_precision === 'district')) {
      const district = districtByCode.get(row.district_code) as District
      const [lng, lat] = pointOnFeature(district).geometry.coordinates as [number, number]
      const expected = [Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6]
      expect(row.position, row.id).toEqual(expected)
      expect(row.location_source, row.id).toMatch(/pointOnFeature/)
    }
  })

  it('keeps approximate rows within 5 km of the reference point they cite', () => {
    const airport = { source: 'OurAirports', position: [117.346001, 39.124401] as const }
    const refs = [airport, ...Object.values(REFERENCE_POINTS)]
    for (const row of SITES_MFG21.filter((r) => r.location_precision === 'approximate')) {
      const ref = refs.find((r) => row.location_source.includes(r.source))
      expect(ref, `${row.id} cites no known reference point`).toBeDefined()
      const km = distance(row.position, [...(ref?.position ?? [0, 0])], { units: 'kilometers' })
      expect(km, row.id).toBeLessThan(5)
    }
  })

  it('never claims an exact position', () => {
    expect(SITES_MFG21.filter((r) => r.location_precision === 'exact')).toEqual([])
  })

  it('lists the plan wording of every row', () => {
    for (const row of SITES_MFG21) expect(MFG21_PLAN_TERMS[row.id], row.id).toBeTruthy()
  })
})

describe.skipIf(!haveClauses)('the 2021-plan site citations', () => {
  const texts = haveClauses ? clauseTexts() : new Map<string, string>()

  it('resolve to clauses of clauses.json', () => {
    for (const row of SITES_MFG21) {
      for (const id of row.citations) expect(texts.has(id), `${row.id}: ${id}`).toBe(true)
    }
  })

  it('point at clauses that contain the plan wording of the site', () => {
    for (const row of SITES_MFG21) {
      const term = squash(MFG21_PLAN_TERMS[row.id] ?? '')
      for (const id of row.citations) {
        expect(squash(texts.get(id) ?? ''), `${row.id} in ${id}`).toContain(term)
      }
    }
  })

  it('quote capacities exactly as the cited clause writes them', () => {
    for (const row of SITES_MFG21.filter((r) => r.capacity)) {
      const quote = row.capacity?.quote ?? ''
      const cited = row.citations.map((id) => squash(texts.get(id) ?? '')).join('\n')
      expect(cited, row.id).toContain(squash(quote))
    }
  })
})

const NE18_TABLE = 'api/data/geodata/site-table-ne18.ts'

describe.skipIf(!existsSync(root(NE18_TABLE)))(
  'the 2021-plan site table next to the 2018 one',
  () => {
    it('shares no id with the 2018-plan site table', async () => {
      const module = (await import(root(NE18_TABLE))) as Record<string, unknown>
      const rows = Object.values(module).filter(Array.isArray).flat() as { id?: unknown }[]
      const taken = new Set(rows.map((row) => row.id).filter((id) => typeof id === 'string'))
      expect(taken.size).toBeGreaterThan(0)
      expect(SITES_MFG21.filter((row) => taken.has(row.id)).map((row) => row.id)).toEqual([])
    })
  },
)

describe.skipIf(!existsSync(root(CHAINS_PATH)))('the 2021-plan site chain links', () => {
  it('refer to links that exist in chains.json', () => {
    const chains = readJson<{ id: string; links: { id: string }[] }[]>(CHAINS_PATH)
    const refs = new Set(chains.flatMap((c) => c.links.map((l) => `${c.id}/${l.id}`)))
    for (const row of SITES_MFG21) {
      for (const ref of row.chain_links) expect(refs.has(ref), `${row.id}: ${ref}`).toBe(true)
    }
  })
})

type SiteProps = { name_zh: string; plans: string[]; citations: string[] }

describe('2018-plan entities the 2021 plan names again', () => {
  it('carry the 2021 plan and one of its clauses on their site', () => {
    const sites = readJson<{ features: { properties: SiteProps }[] }>('geodata/sites.geojson')
    for (const name of ['天津力神电池股份有限公司', '天津英利新能源有限公司', '渤化集团']) {
      const site = sites.features.find((f) => f.properties.name_zh.includes(name))
      expect(site, name).toBeDefined()
      expect(site?.properties.plans, name).toContain('mfg21')
      expect(
        site?.properties.citations.some((id) => id.startsWith('mfg21-')),
        name,
      ).toBe(true)
    }
  })
})
