import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { MapAppDriver } from './driver.ts'
import { JOURNEY_MS, setupMapApp } from './e2e-setup.ts'
import { ROOT } from './web-build.ts'

/** Issue 13: what the first map fetches — data in parallel with the JS, one small font, no extras. */
const app = setupMapApp()

const pathOf = (url: string) => new URL(url).pathname
/** `/api/health` is polled for the data version every 5 s by design: not a duplicate. */
const apiPaths = (map: MapAppDriver) =>
  map.requests.map(pathOf).filter((path) => path.startsWith('/api/') && path !== '/api/health')
/** Chunks of the features a first visit does not show (`web/shells/app/lazy-features.tsx`). */
const LAZY_CHUNK = /\/assets\/(analysis-panel|compare-panel|profile-panel|tour-panel)-/
/** One of the full font's slices (only the fallback for typed text). */
const FULL_FONT_SLICE =
  /\/assets\/noto-sans-sc-(\d+|latin|latin-ext|cyrillic|vietnamese)-\d+-normal/

/** gzip -9 bytes of a file, as the bench measures the pages' JS. */
const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length

async function preloadedPaths(map: MapAppDriver): Promise<string[]> {
  const hrefs = await map.page
    .locator('link[rel="preload"][as="fetch"]')
    .evaluateAll((links) => links.map((link) => (link as unknown as { href: string }).href))
  return hrefs.map(pathOf)
}

async function openAndSettle(map: MapAppDriver, path: string): Promise<void> {
  await map.page.goto(`${app.baseUrl}${path}`)
  await map.waitForMapReady()
}

describe('the first map', { timeout: JOURNEY_MS }, () => {
  it('fetches every API route once, each first-map route preloaded by the page (app)', async () => {
    const map = await app.open()
    await openAndSettle(map, '/?lang=zh')
    const preloaded = await preloadedPaths(map)
    expect(preloaded).toContain('/api/sites')
    const paths = apiPaths(map)
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([])
    for (const path of preloaded) expect(paths).toContain(path)
  })

  it('fetches every API route once, each first-map route preloaded by the page (embed)', async () => {
    const map = await app.open()
    await openAndSettle(map, '/embed?lang=en')
    const preloaded = await preloadedPaths(map)
    const paths = apiPaths(map)
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([])
    expect(paths.filter((p) => !preloaded.includes(p))).toEqual([])
  })

  it('draws the map before it mounts the panels, which follow', async () => {
    const map = await app.open()
    // Records, in page time, when the map first says data-ready and when the header mounts.
    await map.page.addInitScript(`
      const seen = (window.__firstSeen = {})
      new MutationObserver(() => {
        if (!seen.ready && document.querySelector('[data-ready="true"]')) seen.ready = performance.now()
        if (!seen.header && document.querySelector('.app-header')) seen.header = performance.now()
      }).observe(document, { subtree: true, childList: true, attributes: true })
    `)
    await openAndSettle(map, '/?lang=zh')
    await map.page.locator('.app-header').waitFor()
    const seen = (await map.page.evaluate('window.__firstSeen')) as {
      ready?: number
      header?: number
    }
    expect(seen.ready).toBeGreaterThan(0)
    expect(seen.header ?? 0).toBeGreaterThanOrEqual(seen.ready ?? Number.POSITIVE_INFINITY)
  })

  it('draws its labels from the subset font, without any slice of the full font', async () => {
    const map = await app.open()
    await openAndSettle(map, '/?lang=zh')
    const fonts = map.requests.map(pathOf).filter((p) => p.endsWith('.woff2'))
    expect(fonts.some((p) => p.includes('/noto-sans-sc-subset-400-'))).toBe(true)
    expect(fonts.filter((p) => FULL_FONT_SLICE.test(p))).toEqual([])
  })

  it('loads analysis, comparison, profile and tour only when the URL opens them', async () => {
    const map = await app.open()
    await openAndSettle(map, '/?lang=en')
    expect(map.requests.filter((url) => LAZY_CHUNK.test(url))).toEqual([])
    await openAndSettle(
      map,
      '/?lang=en&analysis=within&subject=park:teda&cmp=teda,binhai-hi-tech-zone',
    )
    await map.page.getByTestId('analysis-panel').waitFor()
    const loaded = map.requests.filter((url) => LAZY_CHUNK.test(url)).map(pathOf)
    expect(loaded.some((p) => p.includes('/analysis-panel-'))).toBe(true)
    expect(loaded.some((p) => p.includes('/compare-panel-'))).toBe(true)
    expect(loaded.some((p) => p.includes('/tour-panel-'))).toBe(false)
  })

  it('gives the embed none of the app-only features', async () => {
    const map = await app.open()
    await openAndSettle(map, '/embed?lang=en')
    const scripts = map.requests.map(pathOf).filter((p) => p.endsWith('.js'))
    expect(scripts.filter((p) => LAZY_CHUNK.test(p) || /\/index-/.test(p))).toEqual([])
  })

  it("loads at most 1.3× MapLibre's own JS (gzip) before the embed's map is ready", async () => {
    const map = await app.open()
    await openAndSettle(map, '/embed?lang=zh')
    const scripts = new Set(
      map.requests.map(pathOf).filter((p) => /\.m?js$/.test(p) && !/maplibre-gl-worker/.test(p)),
    )
    const embedGz = [...scripts].reduce((sum, p) => sum + gzipBytes(join(ROOT, 'dist/web', p)), 0)
    const maplibreGz = gzipBytes(join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl.mjs'))
    expect(embedGz / maplibreGz).toBeLessThanOrEqual(1.3)
  })
})
