import { describe, expect, it } from 'vitest'
import type { RenderedFeature } from '../../web/map/debug-handle-types.ts'
import { fetchApi } from './api-data.ts'
import { JOURNEY_MS, setupMapApp } from './e2e-setup.ts'
import { showcase } from './profile-tour-driver.ts'

const app = setupMapApp()

/** Every layer that draws a place as a circle, a ring or an area (old and new layer names). */
const PLACE_SHAPES = [
  'parks-fill',
  'parks-fill-approximate',
  'parks-fill-partial',
  'parks-ring',
  'parks-point',
  'sites-circle',
  'sites-cluster',
  'district-level-badge',
]

type Shaped = { id: string; geometry: unknown }

/** The geometry of every park and site, by `<source>:<id>`, from the API. */
async function geometries(): Promise<Map<string, string>> {
  const parks = await fetchApi<{ features: Shaped[] }>(app.baseUrl, '/parks')
  const sites = await fetchApi<{ features: Shaped[] }>(app.baseUrl, '/sites')
  const byId = new Map<string, string>()
  for (const f of parks.features) byId.set(`parks:${f.id}`, JSON.stringify(f.geometry))
  for (const f of sites.features) byId.set(`sites:${f.id}`, JSON.stringify(f.geometry))
  return byId
}

/**
 * Drawn parks and sites that lie exactly on top of another drawn place (the same geometry):
 * the circles a reader cannot tell apart. Clusters and badges are one counted shape each.
 */
async function stacked(features: RenderedFeature[]): Promise<string[]> {
  const geometry = await geometries()
  const drawn = new Map<string, string>()
  const found: string[] = []
  for (const f of features) {
    const id = String(f.id ?? '').replace(/#ring$/, '')
    const shape = geometry.get(`${f.source}:${id}`)
    if (!shape) continue
    const other = drawn.get(shape)
    if (other !== undefined && other !== id) found.push(`${other} = ${id}`)
    else drawn.set(shape, id)
  }
  return found
}

describe('place truth on the map', { timeout: JOURNEY_MS }, () => {
  it('shows no stacked circles in Binhai at zoom 11, where 15 park circles lay on one point', async () => {
    const map = await app.open()
    // The old Binhai representative point, where every district-level park and site was drawn.
    await map.openApp('?lang=en&c=117.5946,38.9096&z=11')
    const shapes = await map.renderedFeatures(PLACE_SHAPES)
    expect(shapes.length).toBeGreaterThan(0)
    expect(await stacked(shapes)).toEqual([])
    // Binhai's district-level places are counted, not drawn: one badge for the district.
    await map.openApp('?lang=en&c=117.45,38.8&z=9')
    const badges = await map.renderedFeatures(['district-level-badge'])
    const binhai = badges.find((b) => b.properties.code === '120116')
    expect(Number(binhai?.properties.count)).toBeGreaterThan(20)
    expect(await stacked(await map.renderedFeatures(PLACE_SHAPES))).toEqual([])
  })

  it("counts FAW-VW's passenger-car link as present in the TEDA profile", async () => {
    const map = await app.open()
    const profile = showcase(map)
    await profile.openProfileFromDetails('teda', 'en')
    await profile.chainScore()
    const link = map.page.locator(
      '[data-testid="profile-chain"] li[data-link-id="passenger-vehicles"]',
    )
    await expect.poll(() => link.getAttribute('data-present')).toBe('true')
    const detail = (await link.textContent()) ?? ''
    expect(detail).toContain('FAW-Volkswagen')
    expect(detail).toContain('in this park')
    expect(detail).not.toMatch(/\d+\.\d km/)
  })
})

describe('provenance written for users (issue 11, item 8)', { timeout: JOURNEY_MS }, () => {
  it('explains in Chinese how a place was placed, with no developer text', async () => {
    const map = await app.open({ locale: 'zh-CN' })
    for (const place of ['site:nevs-tianjin', 'park:jinghai-li-battery-base']) {
      await map.openApp(`?lang=zh&sel=${place}`)
      const id = place.split(':')[1]
      const panel = map.page.locator(`[data-testid="details-panel"][data-id="${id}"]`)
      const location = panel.getByTestId('details-location')
      await location.waitFor()
      const shown = (await location.textContent()) ?? ''
      for (const developerText of [
        '@turf',
        'pointOnFeature',
        'point-on-feature',
        'geodata/',
        '.geojson',
        'Circle of',
        'District representative point',
      ]) {
        expect(shown, `${place}: ${developerText}`).not.toContain(developerText)
      }
      expect(shown).toMatch(/[\u4e00-\u9fff]{8}/)
      await location.getByTestId('location-how').locator('summary').click()
      const text = (await location.textContent()) ?? ''
      expect(text).toContain('位置是怎么确定的')
      const basis = (await location.getByTestId('location-basis').textContent()) ?? ''
      const latin = basis.replace(/[^A-Za-z]/g, '').length
      expect(latin / Math.max(basis.length, 1), `${place}: ${basis}`).toBeLessThan(0.3)
    }
  })
})

describe('legend and links (issue 11, item 13)', { timeout: JOURNEY_MS }, () => {
  it('shows a legend that matches the drawing, above the fold', async () => {
    const map = await app.open()
    await map.openApp('?lang=en')
    const legend = map.page.locator('.legend')
    const outlinesDrawn = (await map.renderedFeatures(['parks-fill'])).length > 0
    if (!outlinesDrawn) expect(await legend.textContent()).not.toMatch(/mapped boundary/i)
    const box = await legend.boundingBox()
    expect(box).not.toBeNull()
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(900)
    const items = await map.page.getByTestId('legend-entry').all()
    const entries = await Promise.all(items.map((item) => item.getAttribute('data-entry')))
    const drawn = async (layers: string[]) => (await map.renderedFeatures(layers)).length > 0
    const parkEntries = {
      parkOutline: await drawn(['parks-fill']),
      parkPartial: await drawn(['parks-fill-partial']),
      parkPoint: await drawn(['parks-point']),
      districtLevel: await drawn(['district-level-badge']),
    }
    for (const [entry, isDrawn] of Object.entries(parkEntries)) {
      expect(entries.includes(entry), entry).toBe(isDrawn)
    }
  })

  it('flies to the selection of a ?sel= link that names no camera', async () => {
    const map = await app.open()
    await map.openApp('?lang=en&sel=site:tianjin-lishen-battery')
    const response = await map.page.request.get(`${app.baseUrl}/api/sites/tianjin-lishen-battery`)
    const site = (await response.json()) as { feature: { geometry: { coordinates: number[] } } }
    const [lng = 0, lat = 0] = site.feature.geometry.coordinates
    await expect
      .poll(
        async () => {
          const { center, zoom } = await map.camera()
          return zoom >= 12 && Math.abs(center[0] - lng) < 0.1 && Math.abs(center[1] - lat) < 0.1
        },
        { timeout: 20_000 },
      )
      .toBe(true)
  })
})
