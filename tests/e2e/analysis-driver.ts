import { readFileSync } from 'node:fs'
import type { Download, Locator } from 'playwright-core'
import type { MapAppDriver } from './driver.ts'

/** The part of a DOM element read in the page (the test tsconfig has no DOM lib). */
export interface DomItem {
  getAttribute(name: string): string | null
  textContent: string | null
}

/** A listed place as the panel shows it. */
export interface ListedPlace {
  id: string
  type: string
  /** Null when the panel shows no distance (a place known only by district, a park's member). */
  distanceKm: number | null
  text: string
}

/** Domain verbs over the analysis panel (on top of the map app driver). */
export class AnalysisDriver {
  constructor(readonly app: MapAppDriver) {}

  get page() {
    return this.app.page
  }

  panel(): Locator {
    return this.page.getByTestId('analysis-panel')
  }

  /** "Analyse around here" in the open details panel. */
  async analyseHere(): Promise<void> {
    await this.app.details().getByTestId('analyse-here').click()
    await this.panel().waitFor()
  }

  async chooseMode(mode: string): Promise<void> {
    await this.page.getByTestId(`analysis-mode-${mode}`).click()
    await this.page.locator(`[data-testid="analysis-panel"][data-mode="${mode}"]`).waitFor()
  }

  /** Types a radius and waits until it is in the URL (committed). */
  async setRadius(radiusKm: number): Promise<void> {
    await this.page.getByTestId('radius-input').fill(String(radiusKm))
    await this.page.waitForURL((url) => url.searchParams.get('radius') === String(radiusKm))
  }

  async chooseChain(chainId: string): Promise<void> {
    await this.page.getByTestId('chain-select').selectOption(chainId)
    await this.page.waitForURL((url) => url.searchParams.get('chain') === chainId)
  }

  /** The places listed under `testId` (waits until at least one is there, unless `wait` is false). */
  async listed(
    testId: string,
    within: Locator = this.panel(),
    wait = true,
  ): Promise<ListedPlace[]> {
    if (wait) await within.getByTestId(testId).first().waitFor()
    return within.getByTestId(testId).evaluateAll((elements) =>
      (elements as unknown as DomItem[]).map((item) => {
        const km = item.getAttribute('data-distance-km')
        return {
          id: item.getAttribute('data-id') ?? '',
          type: item.getAttribute('data-type') ?? '',
          distanceKm: km === null ? null : Number(km),
          text: item.textContent ?? '',
        }
      }),
    )
  }

  /** Waits until the map is ready and its camera has stopped moving (e.g. after a fit). */
  waitForStillMap(): Promise<void> {
    return this.app.waitForStillMap()
  }

  /** Clicks "Pick a point", then the map at `[lng, lat]` (which must be in view); waits for the URL. */
  async pickPoint(at: [number, number]): Promise<void> {
    await this.waitForStillMap()
    await this.page.getByTestId('pick-point').click()
    const point = await this.app.pagePoint(at)
    await this.page.mouse.click(point.x, point.y)
    await this.page.waitForURL((url) => {
      const [lng, lat] = (url.searchParams.get('subject') ?? '').replace('pt:', '').split(',')
      return Math.abs(Number(lng) - at[0]) < 0.01 && Math.abs(Number(lat) - at[1]) < 0.01
    })
  }

  async pinCandidate(): Promise<void> {
    const pinned = (url: URL) =>
      (url.searchParams.get('cand') ?? '').split(';').filter(Boolean).length
    const before = pinned(new URL(this.page.url()))
    await this.page.getByTestId('candidate-pin').click()
    await this.page.waitForURL(
      (url) =>
        (url.searchParams.get('cand') ?? '').split(';').filter(Boolean).length === before + 1,
    )
  }

  /** Clicks an export button and returns the downloaded file's name and bytes. */
  async export(kind: 'geojson' | 'csv' | 'png'): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download') as Promise<Download>,
      this.page.getByTestId(`export-${kind}`).click(),
    ])
    const path = await download.path()
    return { name: download.suggestedFilename(), bytes: readFileSync(path) }
  }

  /** GETs an API route from the page's origin and parses the JSON. */
  async api<T>(path: string): Promise<T> {
    const response = await this.page.request.get(`${this.app.baseUrl}${path}`)
    if (!response.ok()) throw new Error(`${path}: HTTP ${response.status()}`)
    return (await response.json()) as T
  }

  /** How many features the overlay draws in `layers` right now. */
  async drawn(layers: string[]): Promise<number> {
    return (await this.app.renderedFeatures(layers)).length
  }
}
