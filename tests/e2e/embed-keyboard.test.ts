import type { Locator } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DESKTOP } from './driver.ts'
import { JOURNEY_MS, setupMapApp } from './e2e-setup.ts'
import { EmbedDriver } from './embed-driver.ts'

const app = setupMapApp()

/** Whether `locator`'s element holds the keyboard focus (or contains what does). */
const hasFocus = (locator: Locator) =>
  locator.evaluate((el) => {
    const doc = (globalThis as unknown as { document: { activeElement: unknown } }).document
    return (el as unknown as { contains(other: unknown): boolean }).contains(doc.activeElement)
  })

type Box = { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

describe('the embed list view by keyboard', { timeout: JOURNEY_MS }, () => {
  it('moves focus into the card, closes it with Escape back to the row, and focuses the map from "Show on map"', async () => {
    const driver = await app.open({ viewport: DESKTOP })
    const page = driver.page
    const embed = new EmbedDriver(page)
    await page.goto(`${app.baseUrl}/embed?lang=en&view=list`)
    await embed.listedPlaces()
    const row = page.locator('[data-testid="embed-list-item"][data-place="park:teda"]')
    await row.focus()
    await page.keyboard.press('Enter')
    const card = page.locator('[data-testid="embed-detail"][data-place="park:teda"]')
    await card.waitFor()
    await expect.poll(() => hasFocus(card)).toBe(true)

    const cardBox = await card.boundingBox()
    const header = page.locator('.place-table').first().locator('thead th')
    for (const column of ['District', 'Location precision']) {
      const th = header.filter({ hasText: column })
      const box = await th.boundingBox()
      if (!cardBox || !box) throw new Error(`no box for the card or ${column}`)
      expect(overlaps(cardBox, box), `the card covers the ${column} column`).toBe(false)
    }

    await page.keyboard.press('Escape')
    await card.waitFor({ state: 'detached' })
    expect(await hasFocus(row)).toBe(true)

    await page.keyboard.press('Enter')
    await card.waitFor()
    await page.keyboard.press('Tab')
    const showOnMap = page.getByTestId('embed-show-on-map')
    expect(await hasFocus(showOnMap)).toBe(true)
    await page.keyboard.press('Enter')
    await page.getByTestId('embed-list').waitFor({ state: 'detached' })
    const map = page.getByTestId('map')
    await expect.poll(() => hasFocus(map)).toBe(true)
    const focusedRole = await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { activeElement: unknown } }).document
      return (doc.activeElement as { getAttribute(name: string): string | null }).getAttribute(
        'role',
      )
    })
    expect(focusedRole).toBe('region')
  })
})
