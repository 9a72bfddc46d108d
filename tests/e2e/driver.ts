import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import type { MapDebugHandle, RenderedFeature } from '../../web/map/debug-handle-types.ts'

export const DESKTOP = { width: 1440, height: 900 }
export const PHONE = { width: 375, height: 812 }
const ARTIFACTS = new URL('./.artifacts/', import.meta.url).pathname

export interface OpenOptions {
  viewport?: { width: number; height: number }
  /** Browser language (decides the default UI language). */
  locale?: string
  /** Let test tools inject scripts despite the page's Content-Security-Policy (axe). */
  bypassCSP?: boolean
  /** A browser that has never dismissed the first-visit welcome (default: it has). */
  firstVisit?: boolean
}

/** The key under which the app remembers the dismissed welcome (`web/features/welcome`). */
const WELCOME_KEY = 'tianjin-industry-map.welcome-dismissed'

/**
 * Domain verbs over the map app in a browser page. Reads the map through the read-only
 * `window.__map` handle the app exposes (see `web/map/debug-handle.ts`).
 */
export class MapAppDriver {
  /** Every URL the page requested, in order. */
  readonly requests: string[] = []
  /** Console errors and uncaught exceptions (style errors, CSP violations, crashes). */
  readonly errors: string[] = []

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    page.on('request', (request) => this.requests.push(request.url()))
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(message.text())
    })
    page.on('pageerror', (error) => this.errors.push(error.message))
  }

  static async create(browser: Browser, baseUrl: string, options: OpenOptions = {}) {
    const context = await browser.newContext({
      viewport: options.viewport ?? DESKTOP,
      locale: options.locale ?? 'en-US',
      deviceScaleFactor: 1,
      bypassCSP: options.bypassCSP ?? false,
    })
    if (!options.firstVisit) {
      await context.addInitScript(
        (key) =>
          (
            globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
          ).localStorage.setItem(key, '1'),
        WELCOME_KEY,
      )
    }
    return new MapAppDriver(context, await context.newPage(), baseUrl)
  }

  /** Opens the app (with an optional query string such as `?lang=zh`) and waits for the map. */
  async openApp(query = ''): Promise<void> {
    await this.page.goto(`${this.baseUrl}/${query}`)
    await this.waitForMapReady()
  }

  /**
   * Waits until the map says it is ready: style, sources and layers loaded, map idle, the
   * second stage (labels, counts, badges, context lines) drawn too.
   */
  async waitForMapReady(timeout = 60_000): Promise<void> {
    await this.page
      .locator('[data-testid="map"][data-ready="true"][data-labels-ready="true"]')
      .waitFor({ timeout })
  }

  /**
   * Waits for the first stage only: districts, parks and sites drawn (`data-ready`), labels,
   * badges and the basemap context perhaps not yet.
   */
  async waitForDataReady(timeout = 60_000): Promise<void> {
    await this.page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout })
  }

  /** Waits until the map is ready and its camera has stopped moving (a flight or fit ended). */
  async waitForStillMap(): Promise<void> {
    let last = ''
    for (let i = 0; i < 40; i++) {
      await this.waitForMapReady()
      const camera = JSON.stringify(await this.camera())
      if (camera === last) return
      last = camera
      await this.page.waitForTimeout(400)
    }
    throw new Error('the map kept moving')
  }

  /** Where `[lng, lat]` is on the page now (px). */
  async pagePoint(lngLat: [number, number]): Promise<{ x: number; y: number }> {
    const point = await this.page.evaluate(
      (at) => (globalThis as unknown as { __map?: MapDebugHandle }).__map?.project(at),
      lngLat,
    )
    const box = await this.page.getByTestId('map').boundingBox()
    if (!point || !box) throw new Error('the map or its debug handle is missing')
    return { x: box.x + point.x, y: box.y + point.y }
  }

  /** Whether nothing covers the middle of the element (a click there would reach it). */
  isOnTop(locator: Locator): Promise<boolean> {
    type Doc = { elementFromPoint(x: number, y: number): unknown }
    type El = { getBoundingClientRect(): DOMRectLike; contains(other: unknown): boolean }
    type DOMRectLike = { x: number; y: number; width: number; height: number }
    return locator.evaluate((el) => {
      const element = el as unknown as El
      const r = element.getBoundingClientRect()
      const doc = (globalThis as unknown as { document: Doc }).document
      return element.contains(doc.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2))
    })
  }

  async reload(): Promise<void> {
    await this.page.reload()
    await this.waitForMapReady()
  }

  /** Features drawn right now in `layers` (whole viewport). */
  renderedFeatures(layers: string[]): Promise<RenderedFeature[]> {
    return this.page.evaluate(
      (ids) =>
        (globalThis as unknown as { __map?: MapDebugHandle }).__map?.queryRenderedFeatures(ids) ??
        [],
      layers,
    )
  }

  /**
   * Sites shown in the viewport: single circles, the sites inside drawn clusters, and the
   * sites counted in drawn district badges (known only by district, not drawn as points).
   */
  async visibleSiteCount(): Promise<number> {
    const features = await this.renderedFeatures([
      'sites-circle',
      'sites-cluster',
      'district-level-badge',
    ])
    const counted = new Map<string, number>()
    for (const f of features) {
      if (f.layer === 'district-level-badge') {
        const keys = String(f.properties.places ?? '').split(',')
        const unlisted = Number(f.properties.unlisted ?? 0) // sites too many to list (tiles)
        counted.set(`district:${f.id}`, keys.filter((k) => k.startsWith('site:')).length + unlisted)
        continue
      }
      const clusterSize = Number(f.properties.point_count ?? 0)
      counted.set(
        clusterSize > 0 ? `cluster:${f.properties.cluster_id}` : `site:${f.id}`,
        clusterSize || 1,
      )
    }
    return [...counted.values()].reduce((sum, n) => sum + n, 0)
  }

  async camera(): Promise<{ center: [number, number]; zoom: number }> {
    const camera = await this.page.evaluate(() =>
      (globalThis as unknown as { __map?: MapDebugHandle }).__map?.getCamera(),
    )
    if (!camera) throw new Error('the map debug handle is missing')
    return camera
  }

  /** The `text-field` of a symbol layer (which language its labels use). */
  textField(layerId: string): Promise<unknown> {
    return this.page.evaluate(
      (id) => (globalThis as unknown as { __map?: MapDebugHandle }).__map?.getTextField(id),
      layerId,
    )
  }

  layerPanel(): Locator {
    return this.page.getByTestId('layer-panel')
  }

  details(): Locator {
    return this.page.getByTestId('details-panel')
  }

  async toggleSector(sectorId: string): Promise<void> {
    await this.page.getByTestId(`sector-toggle-${sectorId}`).click()
  }

  /** The live count next to a sector's toggle. */
  async sectorCount(sectorId: string): Promise<number> {
    return Number(await this.page.getByTestId(`sector-count-${sectorId}`).textContent())
  }

  /** Types into the search box; returns the `<kind>:<id>` of each result shown. */
  async search(text: string): Promise<string[]> {
    const input = this.page.getByTestId('search-input')
    await input.fill(text)
    await this.page.locator('.search-results').waitFor()
    const results = await this.page.getByTestId('search-result').all()
    return Promise.all(results.map(async (item) => (await item.getAttribute('data-place')) ?? ''))
  }

  async chooseSearchResult(place: string): Promise<void> {
    await this.page.locator(`[data-testid="search-result"][data-place="${place}"]`).click()
  }

  /** Opens the app centred on a site at zoom 14 (or `zoom`); returns where the site is on the page. */
  async goToSite(siteId: string, query = '', zoom = 14): Promise<{ x: number; y: number }> {
    const response = await this.page.request.get(`${this.baseUrl}/api/sites/${siteId}`)
    const { feature } = (await response.json()) as {
      feature: { geometry: { coordinates: [number, number] } }
    }
    const [lng, lat] = feature.geometry.coordinates
    await this.openApp(`${query || '?'}${query ? '&' : ''}c=${lng},${lat}&z=${zoom}`)
    return this.pagePoint([lng, lat])
  }

  /**
   * Clicks a site on the map (choosing it from the list when it shares its point with
   * others) and waits for its details.
   */
  async openSite(siteId: string, query = '', zoom = 14): Promise<void> {
    const at = await this.goToSite(siteId, query, zoom)
    await this.page.mouse.click(at.x, at.y)
    const item = this.page.locator(`[data-testid="pick-item"][data-place="site:${siteId}"]`)
    const panel = this.page.locator(`[data-testid="details-panel"][data-id="${siteId}"]`)
    await Promise.race([item.waitFor(), panel.waitFor()])
    if (await item.isVisible()) await item.click()
    await panel.waitFor()
  }

  async toggleLanguage(): Promise<void> {
    await this.page.getByTestId('lang-toggle').click()
  }

  /** Requests that left the app's origin (data: and blob: URLs stay in the page). */
  foreignRequests(): string[] {
    const origin = new URL(this.baseUrl).origin
    return this.requests.filter(
      (url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin,
    )
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(ARTIFACTS, { recursive: true })
    const path = join(ARTIFACTS, `${name}.png`)
    await this.page.screenshot({ path })
    return path
  }

  async close(): Promise<void> {
    await this.context.close()
  }
}
