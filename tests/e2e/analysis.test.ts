import { describe, expect, it } from 'vitest'
import { AnalysisDriver, type DomItem } from './analysis-driver.ts'
import type { ChainCompletenessResult, SiteDetail, WithinResult } from './analysis-test-types.ts'
import { JOURNEY_MS, setupMapApp } from './e2e-setup.ts'
import { parseCsv } from './parse-csv.ts'

const app = setupMapApp()
const LISHEN = 'tianjin-lishen-battery'

async function openOnSite(siteId: string) {
  const driver = await app.open()
  await driver.openSite(siteId, '?lang=en')
  const analysis = new AnalysisDriver(driver)
  await analysis.analyseHere()
  return analysis
}

/** The page's URL once the map is idle and the URL is the same as 0.7 s before. */
async function settledUrl(analysis: AnalysisDriver): Promise<string> {
  let last = ''
  await expect
    .poll(
      async () => {
        const now = analysis.page.url()
        const same = now === last
        last = now
        const ready = () =>
          (globalThis as unknown as { __map?: { ready: boolean } }).__map?.ready === true
        return same && (await analysis.page.evaluate(ready))
      },
      { interval: 700, timeout: 30_000 },
    )
    .toBe(true)
  return last
}

async function lishenWithin(analysis: AnalysisDriver, radiusKm: number) {
  const { feature } = await analysis.api<SiteDetail>(`/api/sites/${LISHEN}`)
  const [lng, lat] = feature.geometry.coordinates
  return analysis.api<WithinResult>(
    `/api/analysis/within?lng=${lng}&lat=${lat}&radius_km=${radiusKm}`,
  )
}

describe('the cluster-planning panel', () => {
  it(
    'lists, for a site at 10 km, exactly the places and distances the API answers, and draws them',
    async () => {
      const analysis = await openOnSite(LISHEN)
      await analysis.setRadius(3)
      await analysis.setRadius(10)
      const expected = await lishenWithin(analysis, 10)
      await expect
        .poll(async () => (await analysis.listed('radius-result')).length)
        .toBe(expected.total)
      const listed = await analysis.listed('radius-result')
      const key = (p: { type: string; id: string }) => `${p.type}:${p.id}`
      expect(listed.map(key).sort()).toEqual(expected.items.map(key).sort())
      for (const item of expected.items) {
        const row = listed.find((r) => key(r) === key(item))
        expect(row?.distanceKm).toBe(item.distance_km)
        expect(row?.text).toContain(`${item.distance_km?.toFixed(2)} km`)
      }
      expect(await analysis.panel().getByTestId('radius-total').textContent()).toContain(
        `${expected.total} places within 10 km`,
      )
      await analysis.app.waitForMapReady()
      expect(await analysis.drawn(['analysis-radius-line'])).toBeGreaterThan(0)
      expect(await analysis.drawn(['analysis-highlight'])).toBeGreaterThan(0)
    },
    JOURNEY_MS,
  )

  it(
    'shows present and missing links of the battery chain around a point in TEDA, with nearest providers',
    async () => {
      const driver = await app.open()
      await driver.openApp(
        '?lang=en&analysis=chain&subject=pt:117.72,39.03&chain=hydrogen&radius=15',
      )
      const analysis = new AnalysisDriver(driver)
      await analysis.chooseChain('li-battery')
      const expected = await analysis.api<ChainCompletenessResult>(
        '/api/analysis/chain-completeness?chain=li-battery&lng=117.72&lat=39.03&radius_km=15',
      )
      const present = analysis.panel().getByTestId('chain-link-present')
      const missing = analysis.panel().getByTestId('chain-link-missing')
      await expect.poll(() => present.count()).toBe(expected.present_links)
      const links = (l: typeof present) =>
        l.evaluateAll((els) =>
          (els as unknown as DomItem[]).map((e) => e.getAttribute('data-link')),
        )
      expect(await links(present)).toEqual(expected.links.filter((l) => l.present).map((l) => l.id))
      expect(await links(missing)).toEqual(
        expected.links.filter((l) => !l.present).map((l) => l.id),
      )
      expect(expected.links.some((l) => !l.present && l.nearest)).toBe(true)
      for (const link of expected.links) {
        const row = analysis.panel().locator(`[data-link="${link.id}"]`)
        if (link.present) {
          const providers = await analysis.listed('chain-provider', row)
          expect(providers.map((p) => p.id)).toEqual(link.providers.map((p) => p.id))
        } else if (link.nearest) {
          const [nearest] = await analysis.listed('chain-nearest', row)
          expect(nearest?.id).toBe(link.nearest.id)
          expect(nearest?.distanceKm).toBe(link.nearest.distance_km)
          expect(nearest?.distanceKm).toBeGreaterThan(15)
        }
        if (!link.present) {
          // Providers known only by district are listed with no distance, never as present.
          const sameDistrict = await analysis.listed('chain-same-district', row, false)
          expect(sameDistrict.map((p) => p.id)).toEqual(link.same_district.map((p) => p.id))
          expect(sameDistrict.every((p) => p.distanceKm === null)).toBe(true)
        }
      }
      const score = analysis.panel().getByTestId('chain-score')
      expect(Number(await score.getAttribute('data-score'))).toBe(expected.score)
      expect(await score.textContent()).toContain(`${Math.round(expected.score * 100)}%`)
    },
    JOURNEY_MS,
  )

  it(
    'compares two candidate points side by side with the API’s counts, scores and distances',
    async () => {
      const driver = await app.open()
      await driver.openApp('?lang=en&c=117.35,39.15&z=9')
      await driver.page.getByTestId('analysis-toggle').click()
      const analysis = new AnalysisDriver(driver)
      const points: [number, number][] = [
        [117.2, 39.13],
        [117.3, 39.1],
      ]
      for (const at of points) {
        await analysis.pickPoint(at)
        await analysis.pinCandidate()
      }
      await analysis.chooseMode('compare')
      expect(await driver.page.getByTestId('candidate-row').count()).toBe(2)
      const table = driver.page.getByTestId('candidate-compare')
      for (const [i, label] of ['A', 'B'].entries()) {
        const cell = (measure: string) =>
          table.locator(`tr[data-measure="${measure}"] td[data-candidate="${label}"]`)
        const url = new URL(driver.page.url())
        const cand = (url.searchParams.get('cand') ?? '').split(';')[i] ?? ''
        const [lng, lat] = cand.replace('pt:', '').split(',').map(Number)
        expect(Math.abs((lng ?? 0) - (points[i]?.[0] ?? 0))).toBeLessThan(0.01)
        const radiusKm = url.searchParams.get('radius')
        const within = await analysis.api<WithinResult>(
          `/api/analysis/within?lng=${lng}&lat=${lat}&radius_km=${radiusKm}`,
        )
        const chain = await analysis.api<ChainCompletenessResult>(
          `/api/analysis/chain-completeness?chain=li-battery&lng=${lng}&lat=${lat}&radius_km=${radiusKm}`,
        )
        const access = await analysis.api<{ port: { distance_km: number } }>(
          `/api/analysis/access?lng=${lng}&lat=${lat}`,
        )
        await expect
          .poll(() => cell('within_total').getAttribute('data-value'))
          .toBe(String(within.total))
        expect(await cell('chain_score').getAttribute('data-value')).toBe(String(chain.score))
        expect(Number(await cell('port_km').getAttribute('data-value'))).toBe(
          access.port.distance_km,
        )
      }
      expect(await analysis.drawn(['analysis-candidate'])).toBe(2)
    },
    JOURNEY_MS,
  )

  it(
    'exports the radius result as GeoJSON and as CSV with a BOM, both matching the list',
    async () => {
      const analysis = await openOnSite(LISHEN)
      await analysis.setRadius(10)
      const expected = await lishenWithin(analysis, 10)
      await expect
        .poll(async () => (await analysis.listed('radius-result')).length)
        .toBe(expected.total)

      const geojson = await analysis.export('geojson')
      expect(geojson.name).toMatch(
        /^within-10km-site-tianjin-lishen-battery-\d{4}-\d\d-\d\d\.geojson$/,
      )
      const fc = JSON.parse(geojson.bytes.toString('utf8')) as GeoJSON.FeatureCollection & {
        metadata: { parameters: Record<string, unknown>; crs: string }
      }
      expect(fc.metadata.parameters).toEqual({ radius_km: 10 })
      expect(fc.metadata.crs).toContain('WGS84')
      const hits = fc.features.filter((f) => f.properties?.role === 'within')
      expect(hits.map((f) => f.properties?.id).sort()).toEqual(
        expected.items.map((i) => i.id).sort(),
      )
      for (const item of expected.items) {
        const f = hits.find((h) => h.properties?.id === item.id)
        expect(f?.properties?.distance_km).toBe(Math.round((item.distance_km ?? -1) * 100) / 100)
        expect((f?.geometry as GeoJSON.Point | undefined)?.coordinates).toEqual(item.position)
      }

      const csv = await analysis.export('csv')
      expect(csv.name).toMatch(/\.csv$/)
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const [header = [], ...rows] = parseCsv(csv.bytes.toString('utf8').slice(1))
      const col = (name: string) => header.indexOf(name)
      expect(header.slice(0, 2)).toEqual(['Analysis', 'Radius (km)'])
      expect(header).toContain('Name (zh)')
      const csvHits = rows.filter((r) => r[col('Role')] === 'within the radius')
      expect(csvHits).toHaveLength(expected.total)
      for (const item of expected.items) {
        const row = csvHits.find((r) => r[col('ID')] === item.id)
        expect(row?.[col('Distance (km)')]).toBe(
          String(Math.round((item.distance_km ?? -1) * 100) / 100),
        )
        expect(row?.[col('Name (zh)')]).toBe(item.name_zh)
        expect(row?.[col('Radius (km)')]).toBe('10')
        expect(row?.[col('Sectors')]).not.toMatch(/^[a-z-]+( [a-z-]+)*$/)
      }

      const png = await analysis.export('png')
      expect([...png.bytes.subarray(1, 4)]).toEqual([...Buffer.from('PNG')])
      expect(png.bytes.length).toBeGreaterThan(20_000)
    },
    JOURNEY_MS,
  )

  it(
    'reopens the same analysis from a reloaded URL',
    async () => {
      const analysis = await openOnSite(LISHEN)
      await analysis.chooseMode('chain')
      await analysis.chooseChain('li-battery')
      await analysis.setRadius(20)
      const before = await analysis.listed('chain-provider')
      const missingBefore = await analysis.panel().getByTestId('chain-link-missing').count()
      // The map fits each new radius's circle (a 600 ms animation whose camera reaches the
      // URL when it ends): read the URL once the map is idle and the URL has stopped changing.
      const url = await settledUrl(analysis)
      await analysis.app.reload()
      expect(analysis.page.url()).toBe(url)
      await analysis.page.locator('[data-testid="analysis-panel"][data-mode="chain"]').waitFor()
      expect(await analysis.page.getByTestId('chain-select').inputValue()).toBe('li-battery')
      expect(await analysis.page.getByTestId('radius-input').inputValue()).toBe('20')
      expect(await analysis.listed('chain-provider')).toEqual(before)
      expect(await analysis.panel().getByTestId('chain-link-missing').count()).toBe(missingBefore)
    },
    JOURNEY_MS,
  )
})
