import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { PHONE } from './driver.ts'
import { JOURNEY_MS, setupMapApp } from './e2e-setup.ts'

const app = setupMapApp()
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const LISHEN = 'tianjin-lishen-battery'

describe('language, URL state, offline use and layouts', { timeout: JOURNEY_MS }, () => {
  it('switches the UI and the map labels between English and Chinese', async () => {
    const map = await app.open({ locale: 'en-US' })
    await map.openApp()
    const title = map.page.locator('.brand h1')
    const labelField = async () => JSON.stringify(await map.textField('parks-label'))
    expect(await title.textContent()).toBe('Tianjin Industry Map')
    expect(await labelField()).toContain('name_en')
    await map.toggleLanguage()
    expect(await title.textContent()).toBe('天津产业地图')
    expect(await map.page.getAttribute('html', 'lang')).toBe('zh-CN')
    expect(map.page.url()).toContain('lang=zh')
    expect(await labelField()).toContain('name_zh')
    expect(await map.layerPanel().locator('h2').textContent()).toBe('图层')
  })

  it('starts in the browser’s language when the URL names none', async () => {
    const map = await app.open({ locale: 'zh-CN' })
    await map.openApp()
    expect(await map.page.locator('.brand h1').textContent()).toBe('天津产业地图')
  })

  it('restores camera, sectors, filters, selection and language from the URL on reload', async () => {
    const map = await app.open()
    await map.openApp('?lang=zh')
    await map.toggleSector('wind')
    await map.page.getByTestId('filter-plan').selectOption('ne18')
    await map.search('力神')
    await map.chooseSearchResult(`site:${LISHEN}`)
    await map.page.locator(`[data-testid="details-panel"][data-id="${LISHEN}"]`).waitFor()
    await expect
      .poll(async () => (await map.camera()).zoom, { timeout: 20_000 })
      .toBeGreaterThan(12.9)
    await map.waitForMapReady()
    await expect.poll(() => map.page.url()).toMatch(/z=13/)
    const before = { url: map.page.url(), camera: await map.camera() }
    await map.reload()
    expect(map.page.url()).toBe(before.url)
    const after = await map.camera()
    expect(after.zoom).toBeCloseTo(before.camera.zoom, 1)
    expect(after.center[0]).toBeCloseTo(before.camera.center[0], 3)
    expect(after.center[1]).toBeCloseTo(before.camera.center[1], 3)
    expect(await map.page.getByTestId('sector-toggle-wind').isChecked()).toBe(false)
    expect(await map.page.getByTestId('sector-toggle-nev').isChecked()).toBe(true)
    expect(await map.page.getByTestId('filter-plan').inputValue()).toBe('ne18')
    expect(await map.details().getAttribute('data-id')).toBe(LISHEN)
    expect(await map.page.locator('.brand h1').textContent()).toBe('天津产业地图')
  })

  it('steps back and forward through selections with the browser history', async () => {
    const map = await app.open()
    await map.openApp('?lang=en')
    await map.search('Lishen')
    await map.chooseSearchResult(`site:${LISHEN}`)
    await map.page.locator(`[data-testid="details-panel"][data-id="${LISHEN}"]`).waitFor()
    await map.search('Binhai New Area')
    await map.chooseSearchResult('district:120116')
    await map.page.locator('[data-testid="details-panel"][data-id="120116"]').waitFor()
    await map.page.goBack()
    await map.page.locator(`[data-testid="details-panel"][data-id="${LISHEN}"]`).waitFor()
    await map.page.goBack()
    await map.details().waitFor({ state: 'detached' })
    await map.page.goForward()
    await map.page.locator(`[data-testid="details-panel"][data-id="${LISHEN}"]`).waitFor()
  })

  it('sends no request to any other origin, fonts included', async () => {
    const map = await app.open({ locale: 'zh-CN' })
    await map.openSite(LISHEN)
    await map.toggleLanguage()
    await map.search('Binhai')
    await map.page.mouse.wheel(0, -600)
    await map.waitForMapReady()
    expect(map.requests.some((url) => url.endsWith('.woff2'))).toBe(true)
    expect(map.foreignRequests()).toEqual([])
  })

  it('says when the API is unreachable and recovers on retry', async () => {
    const map = await app.open({ locale: 'en-US' })
    await map.page.route('**/api/**', (route) => route.abort('connectionrefused'))
    await map.page.goto(`${app.baseUrl}/`)
    const error = map.page.getByTestId('load-error')
    await error.waitFor({ timeout: 30_000 })
    expect(await error.textContent()).toContain('cannot be reached')
    // The panels wait for the map's first frame, but not for a map that cannot draw.
    await map.page.locator('.app-header').waitFor({ timeout: 10_000 })
    await map.page.unroute('**/api/**')
    await map.page.getByTestId('retry-button').click()
    await map.waitForMapReady()
    expect(await error.count()).toBe(0)
  })

  it('on a phone keeps panels as bottom sheets that open on demand', async () => {
    const map = await app.open({ viewport: PHONE, locale: 'en-US' })
    await map.openApp()
    const panelTop = async () => (await map.layerPanel().boundingBox())?.y ?? 0
    expect(await panelTop()).toBeGreaterThanOrEqual(PHONE.height)
    await map.page.getByTestId('layers-button').click()
    await expect.poll(panelTop).toBeLessThan(PHONE.height)
    await map.toggleSector('wind')
    await map.page.getByRole('button', { name: 'Close layers' }).click()
    await map.search('Lishen')
    await map.chooseSearchResult(`site:${LISHEN}`)
    const sheet = await map.details().boundingBox()
    expect(sheet && Math.round(sheet.y + sheet.height)).toBe(PHONE.height)
    expect(sheet?.width).toBe(PHONE.width)
    expect(await map.page.getByTestId('attribution').isVisible()).toBe(true)
  })

  it('has no serious or critical accessibility violations with details open', async () => {
    const map = await app.open({ locale: 'zh-CN', bypassCSP: true })
    await map.openApp(`?sel=site:${LISHEN}`)
    await map.details().locator('h2').waitFor()
    await map.page.addScriptTag({ path: AXE_SCRIPT })
    const violations = await map.page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe
      const results = await axe.run()
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    })
    expect(violations).toEqual([])
  })
})

interface AxeResults {
  violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }>
}
