import type { Locator } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { DistrictFeature, ParkFeature, SiteFeature } from '../../api/domain/index.ts'
import { buildPlaceIndex } from '../../web/lib/places/place-index.ts'
import type { MapDebugHandle } from '../../web/map/debug-handle-types.ts'
import { fetchApi } from './api-data.ts'
import { type MapAppDriver, PHONE } from './driver.ts'
import { JOURNEY_MS, setupMapApp } from './e2e-setup.ts'
import { showcase } from './profile-tour-driver.ts'

const app = setupMapApp()

interface ChainResult {
  present_links: number
  total_links: number
}
interface ParkDetail {
  feature: { properties: { id: string; name_zh: string; citations: string[] } }
  clauses: { id: string }[]
}
type Box = [number, number, number, number]

const chainScore = (parkId: string, chain: string) =>
  fetchApi<ChainResult>(
    app.baseUrl,
    `/analysis/chain-completeness?chain=${chain}&park=${parkId}&radius_km=10`,
  )

/**
 * What the camera must show for a tour stop: the place's box as the app computes it (an
 * outline, an uncertainty ring, a zone's parts, or — known only by district — its district).
 */
async function placeBox(kind: 'park' | 'site', id: string): Promise<Box> {
  const [districts, parks, sites] = await Promise.all([
    fetchApi<{ features: DistrictFeature[] }>(app.baseUrl, '/districts'),
    fetchApi<{ features: ParkFeature[] }>(app.baseUrl, '/parks'),
    fetchApi<{ features: SiteFeature[] }>(app.baseUrl, '/sites'),
  ])
  const entry = buildPlaceIndex(districts.features, parks.features, sites.features).get(
    `${kind}:${id}`,
  )
  if (!entry) throw new Error(`no ${kind} ${id}`)
  return entry.bbox
}

/**
 * Whether the map frames the box: its corners project inside the map, and it fills at least a
 * quarter of the map's width or height (a point: the map is zoomed in to 12 or more).
 */
async function inView(map: MapAppDriver, box: Box): Promise<boolean> {
  const size = await map.page.getByTestId('map').boundingBox()
  if (!size) return false
  const corners: [number, number][] = [
    [box[0], box[1]],
    [box[2], box[3]],
  ]
  const points = await map.page.evaluate(
    (at) => at.map((c) => (globalThis as unknown as { __map?: MapDebugHandle }).__map?.project(c)),
    corners,
  )
  return points.every(
    (p) =>
      p !== undefined && p.x >= -1 && p.y >= -1 && p.x <= size.width + 1 && p.y <= size.height + 1,
  )
}

/** An attribute of every element a locator matches. */
async function attributes(locator: Locator, name: string): Promise<(string | null)[]> {
  return Promise.all((await locator.all()).map((item) => item.getAttribute(name)))
}

/** Computed font size of an element, px. */
function fontSizePx(locator: Locator): Promise<number> {
  type Styles = { getComputedStyle: (el: unknown) => { fontSize: string } }
  return locator.evaluate((el) =>
    Number.parseFloat((globalThis as unknown as Styles).getComputedStyle(el).fontSize),
  )
}

describe('park profile, comparison and guided tours', { timeout: JOURNEY_MS }, () => {
  it('opens a park profile from its details, quoting its clauses and scoring its main chain', async () => {
    const park = await fetchApi<ParkDetail>(app.baseUrl, '/parks/binhai-hi-tech-zone')
    const expected = await chainScore('binhai-hi-tech-zone', 'nev')
    const map = await app.open()
    const s = showcase(map)
    await s.openProfileFromDetails('binhai-hi-tech-zone', 'en')
    expect(map.page.url()).toContain('profile=binhai-hi-tech-zone')
    const clauses = s.profile().getByTestId('profile-clauses').getByTestId('details-clause')
    const ids = await attributes(clauses, 'data-clause-id')
    expect(ids).toEqual(park.clauses.map((c) => c.id))
    expect(await clauses.first().locator('.clause-doc').textContent()).toContain('Action Plan')
    expect(await s.chainScore()).toBe(
      `${expected.present_links} of ${expected.total_links} links present`,
    )
    expect(await s.profile().getByTestId('profile-chain').getAttribute('data-chain-id')).toBe('nev')
    expect(await s.profile().getByTestId('profile-brief').getAttribute('href')).toBe(
      '/brief?park=binhai-hi-tech-zone&lang=en',
    )
    expect(await s.profile().locator('.access-tile').count()).toBe(3)
    expect(map.errors).toEqual([])
  })

  it('opens a profile from the URL in Chinese on a phone, fitting the screen', async () => {
    const teda = await fetchApi<ParkDetail>(app.baseUrl, '/parks/teda')
    const map = await app.open({ viewport: PHONE })
    await map.openApp('?lang=zh&profile=teda')
    const s = showcase(map)
    expect(await s.profile().getByTestId('profile-name').textContent()).toBe(
      teda.feature.properties.name_zh,
    )
    await s.chainScore()
    const box = await s.profile().boundingBox()
    expect(box?.width).toBeLessThanOrEqual(PHONE.width)
    expect(await s.profile().getByTestId('profile-sources').textContent()).toContain('2018-10-30')
    await map.page.keyboard.press('Escape')
    await s.profile().waitFor({ state: 'detached' })
    expect(map.page.url()).not.toContain('profile=')
  })

  it('advances a tour with the keyboard: ArrowRight moves to stop 2, its caption and the camera', async () => {
    const first = await placeBox('park', 'binhai-hi-tech-zone')
    const second = await placeBox('park', 'baodi-li-battery-base')
    const map = await app.open()
    const s = showcase(map)
    await map.openApp('?lang=en')
    await s.startTour('ne18-fields')
    expect(await s.tourProgress()).toBe('1 / 5')
    await expect.poll(() => inView(map, first), { timeout: 20_000 }).toBe(true)
    const caption = await s.tourCaption()
    expect(caption).toContain('ne18-3.4.1')

    await map.page.keyboard.press('ArrowRight')
    expect(await s.tourProgress()).toBe('2 / 5')
    expect(await s.tourCaption()).not.toBe(caption)
    expect(await s.tourCaption()).toContain('建设静海区、宝坻区锂离子电池产业基地')
    expect(map.page.url()).toContain('stop=2')
    await expect.poll(() => inView(map, second), { timeout: 20_000 }).toBe(true)

    await map.page.keyboard.press('PageDown')
    expect(await s.tourProgress()).toBe('3 / 5')
    await map.page.keyboard.press('ArrowLeft')
    await map.page.keyboard.press('PageUp')
    expect(await s.tourProgress()).toBe('1 / 5')
  })

  it('toggles presentation mode: chrome hidden and large type, Escape returns', async () => {
    const map = await app.open()
    const s = showcase(map)
    await map.openApp('?lang=en')
    await s.startTour('mfg21-chains')
    const header = map.page.locator('.app-header')
    const title = s.tour().getByTestId('tour-stop-title')
    const normalPx = await fontSizePx(title)
    await s.tour().getByTestId('presentation-toggle').click()
    await expect.poll(() => header.isVisible()).toBe(false)
    expect(await s.tour().getAttribute('data-presenting')).toBe('true')
    expect(map.page.url()).toContain('present=1')
    const presentedPx = await fontSizePx(title)
    expect(presentedPx).toBeGreaterThan(normalPx * 1.3)

    await map.page.keyboard.press('Space')
    expect(await s.tourProgress()).toBe('2 / 10')
    await map.page.keyboard.press('Escape')
    await expect.poll(() => header.isVisible()).toBe(true)
    expect(map.page.url()).not.toContain('present=1')
    expect(await s.tourProgress()).toBe('2 / 10')
  })

  it('opens a tour from a shared link at its stop and flies there', async () => {
    const lishen = await placeBox('site', 'lishen-10gwh-expansion')
    const map = await app.open()
    const s = showcase(map)
    await map.openApp('?lang=zh&tour=mfg21-chains&stop=3')
    expect(await s.tourProgress()).toBe('3 / 10')
    expect(await s.tourCaption()).toContain('打造国内一流的动力电池产业集群')
    await expect.poll(() => inView(map, lishen), { timeout: 20_000 }).toBe(true)
  })
})
