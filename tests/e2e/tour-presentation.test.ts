import { describe, expect, it } from 'vitest'
import { fetchApi } from './api-data.ts'
import { DESKTOP, type MapAppDriver } from './driver.ts'
import { JOURNEY_MS, setupMapApp } from './e2e-setup.ts'
import { showcase } from './profile-tour-driver.ts'

const app = setupMapApp()

/** The closest zoom a tour stop may be shown at and still show its surroundings. */
const CONTEXT_ZOOM = 11

const isFullscreen = (map: MapAppDriver) =>
  map.page.evaluate(
    () =>
      (globalThis as unknown as { document: { fullscreenElement: unknown } }).document
        .fullscreenElement !== null,
  )

async function sitePoint(id: string): Promise<[number, number]> {
  const { feature } = await fetchApi<{ feature: GeoJSON.Feature<GeoJSON.Point> }>(
    app.baseUrl,
    `/sites/${id}`,
  )
  return feature.geometry.coordinates as [number, number]
}

describe('presenting a guided tour', { timeout: JOURNEY_MS }, () => {
  it('goes full screen on Present and shows the stop beside the caption card, with its surroundings', async () => {
    const lishen = await sitePoint('lishen-10gwh-expansion')
    const map = await app.open({ viewport: DESKTOP })
    await map.openApp('?lang=en&tour=mfg21-chains&stop=3')
    const tour = showcase(map).tour()
    await tour.getByTestId('presentation-toggle').click()
    await expect.poll(() => isFullscreen(map), { timeout: 10_000 }).toBe(true)
    await map.page.locator('[data-testid="tour-panel"][data-presenting="true"]').waitFor()
    await map.waitForStillMap()

    const card = await tour.boundingBox()
    if (!card) throw new Error('no caption card')
    const at = await map.pagePoint(lishen)
    const beside = at.x > card.x + card.width + 8 || at.y < card.y - 8
    expect(beside, `the stop at ${at.x},${at.y} is under the caption card`).toBe(true)
    expect(at.x).toBeGreaterThan(0)
    expect(at.x).toBeLessThan(DESKTOP.width)
    expect(at.y).toBeGreaterThan(0)
    expect(at.y).toBeLessThan(DESKTOP.height)
    expect((await map.camera()).zoom).toBeLessThanOrEqual(CONTEXT_ZOOM)
  })

  it('keeps the next stop clear of the caption card too, and Escape leaves full screen and the presentation', async () => {
    const smic = await sitePoint('smic-tianjin-fab-expansion')
    const map = await app.open({ viewport: DESKTOP })
    await map.openApp('?lang=en&tour=mfg21-chains&stop=7')
    const tour = showcase(map).tour()
    await tour.getByTestId('presentation-toggle').click()
    await expect.poll(() => isFullscreen(map), { timeout: 10_000 }).toBe(true)
    await map.page.keyboard.press('ArrowRight')
    expect(await showcase(map).tourProgress()).toBe('8 / 10')
    await map.waitForStillMap()
    const card = await tour.boundingBox()
    const at = await map.pagePoint(smic)
    expect(card && at.x > card.x + card.width).toBe(true)
    expect((await map.camera()).zoom).toBeLessThanOrEqual(CONTEXT_ZOOM)

    await map.page.keyboard.press('Escape')
    await expect.poll(() => isFullscreen(map), { timeout: 10_000 }).toBe(false)
    await map.page.locator('[data-testid="tour-panel"][data-presenting="false"]').waitFor()
    expect(map.page.url()).not.toContain('present=1')
  })
})
