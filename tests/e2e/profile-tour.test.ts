import type { Locator } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { fetchApi } from './api-data.ts'
import { PHONE } from './driver.ts'
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

/** Centre of a park's bounding box, or a site's point (where a tour stop flies to). */
async function placeCentre(kind: 'park' | 'site', id: string): Promise<[number, number]> {
  const { feature } = await fetchApi<{ feature: GeoJSON.Feature }>(app.baseUrl, `/${kind}s/${id}`)
  if (feature.geometry.type === 'Point') return feature.geometry.coordinates as [number, number]
  const ring = (feature.geometry as GeoJSON.Polygon).coordinates[0] ?? []
  const box = ring.reduce<Box>(
    (b, [lng = 0, lat = 0]) => [
      Math.min(b[0], lng),
      Math.min(b[1], lat),
      Math.max(b[2], lng),
      Math.max(b[3], lat),
    ],
    [180, 90, -180, -90],
  )
  return [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2]
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

const degreesApart = (a: [number, number], b: [number, number]) =>
  Math.hypot(a[0] - b[0], a[1] - b[1])

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
    const first = await placeCentre('park', 'binhai-hi-tech-zone')
    const second = await placeCentre('park', 'baodi-li-battery-base')
    const map = await app.open()
    const s = showcase(map)
    await map.openApp('?lang=en')
    await s.startTour('ne18-fields')
    expect(await s.tourProgress()).toBe('1 / 5')
    await expect
      .poll(async () => degreesApart((await map.camera()).center, first), { timeout: 20_000 })
      .toBeLessThan(0.05)
    const caption = await s.tourCaption()
    expect(caption).toContain('ne18-3.4.1')

    await map.page.keyboard.press('ArrowRight')
    expect(await s.tourProgress()).toBe('2 / 5')
    expect(await s.tourCaption()).not.toBe(caption)
    expect(await s.tourCaption()).toContain('建设静海区、宝坻区锂离子电池产业基地')
    expect(map.page.url()).toContain('stop=2')
    await expect
      .poll(async () => degreesApart((await map.camera()).center, second), { timeout: 20_000 })
      .toBeLessThan(0.05)

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
    const lishen = await placeCentre('site', 'lishen-10gwh-expansion')
    const map = await app.open()
    const s = showcase(map)
    await map.openApp('?lang=zh&tour=mfg21-chains&stop=3')
    expect(await s.tourProgress()).toBe('3 / 10')
    expect(await s.tourCaption()).toContain('打造国内一流的动力电池产业集群')
    await expect
      .poll(async () => degreesApart((await map.camera()).center, lishen), { timeout: 20_000 })
      .toBeLessThan(0.05)
  })
})
