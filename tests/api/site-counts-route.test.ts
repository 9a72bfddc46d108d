import { describe, expect, it } from 'vitest'
import { createTestApp, expectApiError, getJson } from './test-app.ts'

const { app, ds } = createTestApp()

type Counts = {
  total: number
  by_sector: { sector: string; exact: number; approximate: number; district: number }[]
  district_level: { district_code: string; sector: string; sites: number }[]
}

describe('GET /api/stats/sites', () => {
  it('counts every site once, by primary sector and precision', async () => {
    const { status, body } = await getJson(app, '/api/stats/sites')
    const counts = body as Counts
    expect(status).toBe(200)
    expect(counts.total).toBe(ds.sites.length)
    for (const row of counts.by_sector) {
      const sites = ds.sites.filter((s) => s.properties.sectors[0] === row.sector)
      const by = (p: string) => sites.filter((s) => s.properties.location_precision === p).length
      expect(row, row.sector).toEqual({
        sector: row.sector,
        exact: by('exact'),
        approximate: by('approximate'),
        district: by('district'),
      })
    }
    const sum = counts.by_sector.reduce((n, r) => n + r.exact + r.approximate + r.district, 0)
    expect(sum).toBe(ds.sites.length)
  })

  it('counts the district-level sites by district and sector, as the badges show them', async () => {
    const { body } = await getJson(app, '/api/stats/sites')
    const counts = body as Counts
    const districtLevel = ds.sites.filter((s) => s.properties.location_precision === 'district')
    expect(districtLevel.length).toBeGreaterThan(0)
    expect(counts.district_level.reduce((n, r) => n + r.sites, 0)).toBe(districtLevel.length)
    for (const cell of counts.district_level) {
      const expected = districtLevel.filter(
        (s) =>
          s.properties.district_code === cell.district_code &&
          s.properties.sectors[0] === cell.sector,
      ).length
      expect(cell.sites).toBe(expected)
    }
  })

  it('applies the status, plan and district filters', async () => {
    const { body } = await getJson(app, '/api/stats/sites?status=in-production&plan=ne18')
    const expected = ds.sites.filter(
      (s) => s.properties.status === 'in-production' && s.properties.plans.includes('ne18'),
    )
    expect((body as Counts).total).toBe(expected.length)
    const district = await getJson(app, '/api/stats/sites?district=120118')
    const inDistrict = ds.sites.filter((s) => s.properties.district_code === '120118')
    expect((district.body as Counts).total).toBe(inDistrict.length)
  })

  it('is a 400 naming the parameter for an unknown district or a parameter it does not take', async () => {
    const unknown = await getJson(app, '/api/stats/sites?district=120199')
    expect(expectApiError(unknown.body, 400).parameter).toBe('district')
    const extra = await getJson(app, '/api/stats/sites?q=x')
    expect(expectApiError(extra.body, 400).parameter).toBe('q')
  })
})
