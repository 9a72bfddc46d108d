import { describe, expect, it } from 'vitest'
import { fetchSites } from './api-data.ts'
import { JOURNEY_MS, setupMapApp } from './e2e-setup.ts'

const app = setupMapApp()

describe('the map and its layer panel', { timeout: JOURNEY_MS }, () => {
  it('becomes ready showing all 16 districts, the parks and every site', async () => {
    const sites = await fetchSites(app.baseUrl)
    const map = await app.open()
    await map.openApp()
    const districts = new Set((await map.renderedFeatures(['districts-fill'])).map((f) => f.id))
    expect(districts.size).toBe(16)
    const parks = await map.renderedFeatures(['parks-fill', 'parks-fill-partial', 'parks-point'])
    expect(parks.length).toBeGreaterThan(0)
    expect(await map.visibleSiteCount()).toBe(sites.length)
    expect(map.errors).toEqual([])
    await map.screenshot('map-ready')
  })

  it('has drawn all 16 districts, the parks and every located site when it says data-ready', async () => {
    const located = (await fetchSites(app.baseUrl)).filter(
      (site) => site.properties.location_precision !== 'district',
    )
    const map = await app.open()
    await map.page.goto(`${app.baseUrl}/`)
    await map.waitForDataReady()
    const districts = new Set((await map.renderedFeatures(['districts-fill'])).map((f) => f.id))
    expect(districts.size).toBe(16)
    const parks = await map.renderedFeatures([
      'parks-fill',
      'parks-fill-partial-tint',
      'parks-point',
    ])
    expect(parks.length).toBeGreaterThan(0)
    const drawn = await map.renderedFeatures(['sites-circle', 'sites-cluster'])
    const count = drawn.reduce((sum, f) => sum + (Number(f.properties.point_count) || 1), 0)
    expect(count).toBe(located.length)
    // A partial outline is tinted in the first stage and hatched in the second: the same parks.
    const ids = (features: Array<{ id?: unknown }>) => features.map((f) => f.id).sort()
    const tinted = ids(await map.renderedFeatures(['parks-fill-partial-tint']))
    expect(tinted.length).toBeGreaterThan(0)
    await map.waitForMapReady()
    expect(ids(await map.renderedFeatures(['parks-fill-partial']))).toEqual(tinted)
  })

  it('draws the basemap from the project geodata: sea, neighbours, coastline and the Haihe', async () => {
    const map = await app.open()
    await map.openApp()
    for (const layer of ['sea-fill', 'neighbours-fill', 'coastline-line', 'haihe-line']) {
      expect((await map.renderedFeatures([layer])).length, layer).toBeGreaterThan(0)
    }
  })

  it('removes the sites of a sector when its toggle is switched off, and brings them back', async () => {
    const sites = await fetchSites(app.baseUrl)
    const liBattery = sites.filter((s) => s.properties.sectors[0] === 'li-battery').length
    expect(liBattery).toBeGreaterThan(0)
    const map = await app.open()
    await map.openApp()
    expect(await map.sectorCount('li-battery')).toBe(liBattery)
    await map.toggleSector('li-battery')
    await expect.poll(() => map.sectorCount('li-battery')).toBe(0)
    await expect
      .poll(() => map.visibleSiteCount(), { timeout: 30_000 })
      .toBe(sites.length - liBattery)
    await map.toggleSector('li-battery')
    await expect.poll(() => map.visibleSiteCount(), { timeout: 30_000 }).toBe(sites.length)
  })

  it('hides the new-energy fields along with their parent sector', async () => {
    const sites = await fetchSites(app.baseUrl)
    const newEnergyFamily = ['new-energy', 'nev', 'li-battery', 'wind', 'solar-pv', 'hydrogen']
    const remaining = sites.filter((s) => !newEnergyFamily.includes(s.properties.sectors[0] ?? ''))
    const map = await app.open()
    await map.openApp()
    await map.toggleSector('new-energy')
    await expect.poll(() => map.sectorCount('wind')).toBe(0)
    await expect.poll(() => map.visibleSiteCount(), { timeout: 30_000 }).toBe(remaining.length)
  })

  it('filters sites by plan and shows an empty state with a reset when nothing matches', async () => {
    const sites = await fetchSites(app.baseUrl)
    const inMfg21 = sites.filter((s) => s.properties.plans.includes('mfg21')).length
    const map = await app.open()
    await map.openApp()
    await map.page.getByTestId('filter-plan').selectOption('mfg21')
    await expect.poll(() => map.visibleSiteCount(), { timeout: 30_000 }).toBe(inMfg21)
    await map.page.getByRole('button', { name: 'None', exact: true }).click()
    await map.page.getByTestId('empty-state').waitFor()
    await map.page.getByTestId('empty-state').getByRole('button').click()
    await expect.poll(() => map.visibleSiteCount(), { timeout: 30_000 }).toBe(sites.length)
    expect(await map.page.getByTestId('filter-plan').inputValue()).toBe('')
  })
})
