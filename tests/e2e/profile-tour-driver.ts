import type { Locator } from 'playwright-core'
import type { MapAppDriver } from './driver.ts'

/** Domain verbs for the park profile, the comparison and the guided tours. */
export function showcase(map: MapAppDriver) {
  const page = map.page
  return {
    profile: (): Locator => page.getByTestId('park-profile'),
    compare: (): Locator => page.getByTestId('compare-panel'),
    tour: (): Locator => page.getByTestId('tour-panel'),

    /** Opens a park's details from the URL, then its full profile from the details. */
    async openProfileFromDetails(parkId: string, lang: 'zh' | 'en'): Promise<void> {
      await map.openApp(`?lang=${lang}&sel=park:${parkId}`)
      await page.locator(`[data-testid="details-panel"][data-id="${parkId}"] h2`).waitFor()
      await page.getByTestId('open-profile').click()
      await page.locator(`[data-testid="park-profile"][data-id="${parkId}"]`).waitFor()
    },

    /** Waits until the profile's chain completeness has its score. */
    async chainScore(): Promise<string> {
      const chain = page.getByTestId('profile-chain-score')
      await chain.waitFor()
      return (await chain.textContent()) ?? ''
    },

    /** Starts a tour from the header's Tours menu. */
    async startTour(tourId: string): Promise<void> {
      await page.getByTestId('tour-button').click()
      await page.getByTestId(`tour-option-${tourId}`).click()
      await page.getByTestId('tour-panel').waitFor()
    },

    async tourProgress(): Promise<string> {
      return ((await page.getByTestId('tour-progress').textContent()) ?? '').trim()
    },

    async tourCaption(): Promise<string> {
      return (await page.getByTestId('tour-caption').textContent()) ?? ''
    },
  }
}
