import { describe, expect, it } from 'vitest'
import { fetchApi, fetchSites } from './api-data.ts'
import { JOURNEY_MS, setupMapApp } from './e2e-setup.ts'
import { EmbedDriver } from './embed-driver.ts'
import { framingPage, startHostPageServer } from './host-page-server.ts'

const app = setupMapApp()

/** Frames `path` of the app from a page on another origin; returns that page. */
async function frameFromOtherOrigin(path: string) {
  const host = await startHostPageServer(() => framingPage(`${app.baseUrl}${path}`, 'Map'))
  const driver = await app.open()
  const consoleErrors: string[] = []
  driver.page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  await driver.page.goto(host.origin)
  return { driver, host, consoleErrors }
}

describe('the public embed', { timeout: JOURNEY_MS }, () => {
  it('loads in an iframe on another origin, draws the map and lists the places in its list view', async () => {
    const sites = await fetchSites(app.baseUrl)
    const parks = await fetchApi<{ features: unknown[] }>(app.baseUrl, '/parks')
    const { driver, host } = await frameFromOtherOrigin('/embed?lang=en')
    try {
      expect(new URL(driver.page.url()).origin).not.toBe(new URL(app.baseUrl).origin)
      const embed = new EmbedDriver(driver.page.frameLocator('iframe'))
      await embed.waitForMapReady()
      await embed.showList()
      const listed = await embed.listedPlaces()
      expect(listed.filter((p) => p.startsWith('site:'))).toHaveLength(sites.length)
      expect(listed.filter((p) => p.startsWith('park:'))).toHaveLength(parks.features.length)
      await embed.choose('park:teda')
      await expect
        .poll(() => embed.scope.getByTestId('embed-detail').textContent())
        .toContain('TEDA')
      await embed.showMap()
      await embed.waitForMapReady()
    } finally {
      await host.stop()
    }
  })

  it('cannot be replaced by the main app: another origin framing / is blocked', async () => {
    const { driver, host, consoleErrors } = await frameFromOtherOrigin('/?lang=en')
    try {
      const response = await fetch(`${app.baseUrl}/?lang=en`)
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
      await expect
        .poll(() => consoleErrors.some((text) => /frame-ancestors 'self'/.test(text)), {
          timeout: 30_000,
        })
        .toBe(true)
      const frame = driver.page.frames().find((f) => f !== driver.page.mainFrame())
      expect(frame?.url()).not.toContain(new URL(app.baseUrl).host)
      expect(await driver.page.frameLocator('iframe').locator('#root').count()).toBe(0)
    } finally {
      await host.stop()
    }
  })

  it('sends frame-ancestors * on /embed with its query string, and no X-Frame-Options', async () => {
    const response = await fetch(`${app.baseUrl}/embed?lang=zh&view=list&sectors=wind`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<div id="root">')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain('frame-ancestors *')
    expect(csp).toContain("default-src 'self'")
    expect(response.headers.get('x-frame-options')).toBeNull()
  })

  it('keeps the host page scrolling: a wheel over the map scrolls the page, not the map', async () => {
    const driver = await app.open({ viewport: { width: 900, height: 700 } })
    const embed = new EmbedDriver(driver.page)
    await driver.page.goto(`${app.baseUrl}/embed?lang=en&c=117.3,39.2&z=9`)
    await embed.waitForMapReady()
    const before = await driver.camera()
    await driver.page.mouse.move(450, 350)
    await driver.page.mouse.wheel(0, -400)
    await driver.page.locator('.maplibregl-cooperative-gesture-screen.maplibregl-show').waitFor()
    expect((await driver.camera()).zoom).toBeCloseTo(before.zoom, 5)
  })

  it('shows only the listed sectors with sectors= and starts in the list with view=list', async () => {
    const sites = await fetchSites(app.baseUrl)
    const biomedicine = sites.filter((s) => s.properties.sectors[0] === 'biomedicine').length
    expect(biomedicine).toBeGreaterThan(0)
    const driver = await app.open()
    const embed = new EmbedDriver(driver.page)
    await driver.page.goto(`${app.baseUrl}/embed?lang=zh&sectors=biomedicine&view=list`)
    const listed = await embed.listedPlaces()
    expect(listed.filter((p) => p.startsWith('site:'))).toHaveLength(biomedicine)
    const fullMap = await driver.page.getByTestId('embed-full-map').getAttribute('href')
    expect(fullMap).toMatch(new RegExp(`^${app.baseUrl}/\\?lang=zh&c=`))
    expect(fullMap).toContain('off=')
    expect(await driver.page.getByTestId('embed-full-map').getAttribute('target')).toBe('_blank')
  })
})
