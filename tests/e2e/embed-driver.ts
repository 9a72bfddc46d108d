import type { FrameLocator, Page } from 'playwright-core'

/** The embed page, either a whole page or inside an `<iframe>` on another site. */
type Scope = Page | FrameLocator

/** Domain verbs over the `/embed` page (works the same inside a frame). */
export class EmbedDriver {
  constructor(readonly scope: Scope) {}

  /** Waits until the embed's map says it is ready (style, data, layers and labels drawn). */
  async waitForMapReady(timeout = 60_000): Promise<void> {
    await this.scope
      .locator('[data-testid="map"][data-ready="true"][data-labels-ready="true"]')
      .waitFor({ timeout })
  }

  async showList(): Promise<void> {
    await this.scope.getByTestId('embed-view-toggle').click()
    await this.scope.getByTestId('embed-list').waitFor()
  }

  async showMap(): Promise<void> {
    await this.scope.getByTestId('embed-view-toggle').click()
    await this.scope.getByTestId('embed-list').waitFor({ state: 'detached' })
  }

  /** `<kind>:<id>` of every place listed in the list view. */
  async listedPlaces(): Promise<string[]> {
    await this.scope.getByTestId('embed-list-item').first().waitFor()
    const items = await this.scope.getByTestId('embed-list-item').all()
    return Promise.all(items.map(async (item) => (await item.getAttribute('data-place')) ?? ''))
  }

  /** Chooses a place in the list view; resolves when its detail card shows. */
  async choose(place: string): Promise<void> {
    await this.scope.locator(`[data-testid="embed-list-item"][data-place="${place}"]`).click()
    await this.scope.locator(`[data-testid="embed-detail"][data-place="${place}"]`).waitFor()
  }
}
