import { describe, expect, it } from 'vitest'
import { districtPoint } from '../../api/analysis/district-point.ts'
import type { DistrictFeature } from '../../api/domain/index.ts'
import type { MapDebugHandle } from '../../web/map/debug-handle-types.ts'
import { fetchApi, fetchSites, sitesStandingAlone } from './api-data.ts'
import { JOURNEY_MS, setupMapApp } from './e2e-setup.ts'

const app = setupMapApp()
const LISHEN = 'tianjin-lishen-battery'

describe('details and search', { timeout: JOURNEY_MS }, () => {
  it('opens the details of a site clicked on the map, quoting a cited clause', async () => {
    const [site] = sitesStandingAlone(await fetchSites(app.baseUrl))
    if (!site) throw new Error('no site stands alone on the map')
    const map = await app.open()
    await map.openSite(site.properties.id, '?lang=en')
    const details = map.details()
    expect(await details.getByTestId('details-name').textContent()).toBe(site.properties.name_en)
    const clause = details.getByTestId('details-clause').first()
    expect(await clause.getAttribute('data-clause-id')).toMatch(/^(ne18|mfg21)-\d/)
    expect(await clause.locator('.clause-doc').textContent()).toMatch(/Plan|plan/)
    expect((await clause.locator('blockquote').textContent())?.length).toBeGreaterThan(10)
    await map.screenshot('site-details')
  })

  it("lists a district's places known only by district when its badge is clicked, and opens the one chosen", async () => {
    const sites = await fetchSites(app.baseUrl)
    const districtLevel = sites.filter(
      (s) =>
        s.properties.district_code === '120116' && s.properties.location_precision === 'district',
    )
    expect(districtLevel.length).toBeGreaterThan(10)
    const { features } = await fetchApi<{ features: DistrictFeature[] }>(app.baseUrl, '/districts')
    const binhai = features.find((d) => d.properties.code === '120116')
    if (!binhai) throw new Error('no Binhai in /api/districts')
    const [lng, lat] = districtPoint(binhai)
    const map = await app.open()
    await map.openApp(`?lang=zh&c=${lng},${lat}&z=10`)
    const at = await map.page.evaluate(
      (p) => (globalThis as unknown as { __map?: MapDebugHandle }).__map?.project(p),
      [lng, lat] as [number, number],
    )
    const box = await map.page.getByTestId('map').boundingBox()
    if (!at || !box) throw new Error('the map or its debug handle is missing')
    await map.page.mouse.click(box.x + at.x, box.y + at.y)
    const list = map.page.getByTestId('pick-list')
    await list.waitFor()
    expect(await list.getAttribute('data-district')).toBe('120116')
    const sitesListed = await map.page
      .locator('[data-testid="pick-item"][data-place^="site:"]')
      .count()
    expect(sitesListed).toBe(districtLevel.length)
    await map.page.locator('[data-testid="pick-item"][data-place="site:nevs-tianjin"]').click()
    await map.page.locator('[data-testid="details-panel"][data-id="nevs-tianjin"]').waitFor()
    expect(await map.details().getByTestId('details-name').textContent()).toBe(
      '国能新能源汽车有限责任公司',
    )
  })

  it.each([
    ['力神', 'Chinese'],
    ['Lishen', 'English'],
  ])('finds the Lishen site when searching “%s” (%s name)', async (query) => {
    const map = await app.open()
    await map.openApp()
    expect(await map.search(query)).toContain(`site:${LISHEN}`)
  })

  it('chooses a search result with the keyboard, flies to it and opens its details', async () => {
    const sites = await fetchSites(app.baseUrl)
    const lishen = sites.find((s) => s.properties.id === LISHEN)
    if (!lishen) throw new Error(`${LISHEN} missing from /api/sites`)
    const map = await app.open()
    await map.openApp('?lang=en')
    const results = await map.search('lishen')
    const steps = results.indexOf(`site:${LISHEN}`) + 1
    for (let i = 0; i < steps; i++) await map.page.keyboard.press('ArrowDown')
    await map.page.keyboard.press('ArrowUp')
    await map.page.keyboard.press('ArrowDown')
    await map.page.keyboard.press('Enter')
    await map.page.locator(`[data-testid="details-panel"][data-id="${LISHEN}"]`).waitFor()
    expect(map.page.url()).toContain(`sel=site:${LISHEN}`)
    await map.waitForMapReady()
    const [lng, lat] = lishen.geometry.coordinates
    await expect
      .poll(async () => (await map.camera()).zoom, { timeout: 20_000 })
      .toBeGreaterThanOrEqual(12.9)
    const { center } = await map.camera()
    expect(Math.abs(center[0] - lng) + Math.abs(center[1] - lat)).toBeLessThan(0.1)
    // Ringed on its own, or — inside a cluster — fanned out with its cluster, ringed there.
    const drawnSelected = async () => {
      const ringed = await map.renderedFeatures(['sites-selected'])
      const fanned = (await map.renderedFeatures(['sites-spider'])).filter(
        (f) => f.properties.id === LISHEN && f.properties.selected === true,
      )
      return ringed.length + fanned.length
    }
    await expect.poll(drawnSelected, { timeout: 10_000 }).toBe(1)
  })

  it('closes the search results with Escape, then clears the query with a second Escape', async () => {
    const map = await app.open()
    await map.openApp()
    await map.search('Lishen')
    await map.page.keyboard.press('Escape')
    expect(await map.page.getByTestId('search-result').count()).toBe(0)
    await map.page.keyboard.press('Escape')
    expect(await map.page.getByTestId('search-input').inputValue()).toBe('')
  })

  it('says so when nothing matches the search', async () => {
    const map = await app.open()
    await map.openApp('?lang=en')
    expect(await map.search('zzzz-no-such-place')).toEqual([])
    expect(await map.page.locator('.search-empty').textContent()).toContain('zzzz-no-such-place')
  })
})
