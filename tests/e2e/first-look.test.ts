import { describe, expect, it } from 'vitest'
import { fetchSites } from './api-data.ts'
import { DESKTOP } from './driver.ts'
import { JOURNEY_MS, setupMapApp } from './e2e-setup.ts'

/** Issue 11: what a new user hits first — the sector tree, search, the first visit. */
const app = setupMapApp()
const ACK = '?lang=en'
const PHONE_390 = { width: 390, height: 844 }

describe('a new user’s first steps', { timeout: JOURNEY_MS }, () => {
  it('shows the hydrogen sites when None is pressed and only Hydrogen is ticked (desktop, en)', async () => {
    const sites = await fetchSites(app.baseUrl)
    const hydrogen = sites.filter((s) => s.properties.sectors[0] === 'hydrogen').length
    expect(hydrogen).toBeGreaterThan(0)
    const map = await app.open({ viewport: DESKTOP })
    await map.openApp(ACK)
    await map.page.getByRole('button', { name: 'None', exact: true }).click()
    await map.toggleSector('hydrogen')
    const shown = map.page.getByTestId('sites-shown')
    await expect.poll(() => shown.textContent()).toBe(`${hydrogen} of ${sites.length} sites shown`)
    await expect.poll(() => map.visibleSiteCount(), { timeout: 30_000 }).toBe(hydrogen)
    const parent = map.page.getByTestId('sector-toggle-new-energy')
    expect(await parent.evaluate((box: { indeterminate: boolean }) => box.indeterminate)).toBe(true)
    expect(await map.page.getByTestId('empty-state').count()).toBe(0)
  })

  it('finds the hydrogen sector, its chain and its parks by 氢能, each with its kind (desktop, zh)', async () => {
    const map = await app.open({ viewport: DESKTOP, locale: 'zh-CN' })
    await map.openApp('?lang=zh')
    const found = await map.search('氢能')
    expect(found.slice(0, 2)).toEqual(['sector:hydrogen', 'chain:hydrogen'])
    expect(found).toContain('park:guoqing-fuel-cell-industrial-park')
    const kinds = await map.page.getByTestId('search-result-kind').allTextContents()
    expect(kinds.slice(0, 3)).toEqual(['产业', '产业链', '园区'])
    await map.chooseSearchResult('sector:hydrogen')
    await expect.poll(() => map.page.getByTestId('sector-toggle-hydrogen').isChecked()).toBe(true)
    expect(await map.page.getByTestId('sector-toggle-wind').isChecked()).toBe(false)
  })

  it('finds the Guoqing fuel-cell park by “hydrogen” and the port itself by “tianjin port” (desktop, en)', async () => {
    const map = await app.open({ viewport: DESKTOP })
    await map.openApp(ACK)
    expect(await map.search('hydrogen')).toContain('park:guoqing-fuel-cell-industrial-park')
    expect((await map.search('tianjin port'))[0]).toBe('infrastructure:tianjin-port')
    expect((await map.search('TEDA'))[0]).toBe('park:teda')
    expect((await map.search('塘沽'))[0]).toBe('district:120116')
    await map.search('tianjin port')
    await map.chooseSearchResult('infrastructure:tianjin-port')
    await expect
      .poll(async () => (await map.camera()).zoom, { timeout: 20_000 })
      .toBeGreaterThan(11)
    const [lng, lat] = (await map.camera()).center
    expect(Math.abs(lng - 117.7875)).toBeLessThan(0.2)
    expect(Math.abs(lat - 38.976)).toBeLessThan(0.2)
  })

  it('turns typed coordinates into a point the analysis opens on (desktop, en)', async () => {
    const map = await app.open({ viewport: DESKTOP })
    await map.openApp(ACK)
    expect(await map.search('117.2, 39.13')).toEqual(['point:117.2,39.13'])
    await map.page.getByTestId('search-input').press('Enter')
    await expect.poll(() => map.page.url()).toContain('subject=pt:117.2,39.13')
    await map.page.getByTestId('analysis-panel').waitFor()
  })

  it('greets a first visit with a short explanation, dismissed for good until Help (phone, zh)', async () => {
    const map = await app.open({ viewport: PHONE_390, locale: 'zh-CN', firstVisit: true })
    await map.openApp('?lang=zh')
    const welcome = map.page.getByTestId('welcome')
    await welcome.waitFor()
    expect(await welcome.textContent()).toContain('“1+3+4”')
    const box = await welcome.boundingBox()
    expect(box && box.x >= 0 && box.x + box.width <= PHONE_390.width).toBe(true)
    await map.page.getByTestId('welcome-dismiss').click()
    expect(await welcome.count()).toBe(0)
    await map.reload()
    expect(await map.page.getByTestId('welcome').count()).toBe(0)
    await map.page.getByTestId('help-button').click()
    await map.page.getByTestId('welcome').waitFor()
  })

  it('explains “1+3+4” above the sector groups (desktop, en)', async () => {
    const map = await app.open({ viewport: DESKTOP })
    await map.openApp(ACK)
    const line = map.page.getByTestId('groups-explained')
    expect(await line.textContent()).toMatch(/“1\+3\+4” is the 2021 plan’s industrial system/)
    expect(await line.isVisible()).toBe(true)
  })

  it('colours districts by sites or stated investment from /api/stats, with a legend (desktop, en)', async () => {
    const stats = (await (await fetch(`${app.baseUrl}/api/stats`)).json()) as {
      by_district: Array<{ district_code: string; sites: number; sites_with_investment: number }>
    }
    const map = await app.open({ viewport: DESKTOP })
    await map.openApp(ACK)
    await map.page.getByTestId('district-stats-toggle').check()
    await expect.poll(() => map.page.url()).toContain('stats=sites')
    const drawn = async () => (await map.renderedFeatures(['district-stats-fill'])).length
    await expect.poll(drawn, { timeout: 20_000 }).toBeGreaterThan(0)
    const binhai = (await map.renderedFeatures(['district-stats-fill'])).find(
      (f) => f.properties.code === '120116',
    )
    const most = Math.max(...stats.by_district.map((d) => d.sites))
    expect(binhai?.properties.value).toBe(
      stats.by_district.find((d) => d.district_code === '120116')?.sites,
    )
    expect(await map.page.getByTestId('district-stats-legend').textContent()).toContain(
      String(most),
    )
    await map.page.getByTestId('district-stats-measure').selectOption('investment')
    const stated = stats.by_district.reduce((sum, d) => sum + d.sites_with_investment, 0)
    const panel = map.page.getByTestId('district-stats')
    await expect.poll(() => panel.textContent()).toContain(`Investment is stated for ${stated} of`)
    expect(await map.page.getByTestId('district-stats-legend').textContent()).toContain(
      'No figure stated',
    )
  })

  it('downloads what is shown as GeoJSON and CSV, each with its licence (desktop, en)', async () => {
    const map = await app.open({ viewport: DESKTOP })
    await map.openApp(`${ACK}&off=wind`)
    const shown = await map.page.getByTestId('dataset-download').textContent()
    const [, sites = '0', parks = '0'] =
      /The (\d+) sites and (\d+) parks shown/.exec(shown ?? '') ?? []
    const read = async (testId: string) => {
      const [download] = await Promise.all([
        map.page.waitForEvent('download'),
        map.page.getByTestId(testId).click(),
      ])
      const stream = await download.createReadStream()
      const chunks: Buffer[] = []
      for await (const chunk of stream) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks).toString('utf8')
    }
    const geojson = JSON.parse(await read('download-geojson'))
    expect(geojson.license).toBe('ODbL-1.0')
    expect(geojson.features).toHaveLength(Number(sites) + Number(parks))
    // A site is hidden with its primary sector; a park with all of its sectors.
    type Shown = { properties: { kind_of_place: string; sectors: string[] } }
    const hidden = ({ properties: p }: Shown) =>
      p.kind_of_place === 'site' ? p.sectors[0] === 'wind' : p.sectors.every((s) => s === 'wind')
    expect(geojson.features.filter(hidden)).toEqual([])
    const csv = await read('download-csv')
    expect(csv).toContain('# Licence: ODbL-1.0')
    expect(
      csv
        .trim()
        .split('\r\n')
        .filter((l) => !l.startsWith('#') && !l.startsWith('\uFEFF#')),
    ).toHaveLength(Number(sites) + Number(parks) + 1)
  })
})
