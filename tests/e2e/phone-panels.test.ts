import { describe, expect, it } from 'vitest'
import { JOURNEY_MS, setupMapApp } from './e2e-setup.ts'

const app = setupMapApp()

/** The phone of the walkthrough. */
const PHONE = { width: 390, height: 844 }

describe('panels on a 390 × 844 phone', { timeout: JOURNEY_MS }, () => {
  it('closes the Layers sheet when search results open, leaving the results uncovered', async () => {
    const map = await app.open({ viewport: PHONE })
    await map.openApp('?lang=en')
    await map.page.getByTestId('layers-button').click()
    await map.page.locator('[data-testid="layer-panel"][data-open="true"]').waitFor()
    await map.search('TEDA')
    await map.page.locator('[data-testid="layer-panel"][data-open="false"]').waitFor()
    for (const result of await map.page.getByTestId('search-result').all()) {
      expect(await map.isOnTop(result)).toBe(true)
    }
  })

  it('shows one sheet at a time: new details hide the analysis, which returns when they close; the Layers pill covers neither it nor its exports', async () => {
    const map = await app.open({ viewport: PHONE })
    await map.openApp('?lang=en&analysis=radius&subject=park:teda')
    const panel = map.page.getByTestId('analysis-panel')
    await map.page.getByTestId('radius-total').waitFor()
    for (const kind of ['geojson', 'csv', 'png']) {
      const button = map.page.getByTestId(`export-${kind}`)
      await button.scrollIntoViewIfNeeded()
      expect(await map.isOnTop(button), `export ${kind} is covered`).toBe(true)
    }
    expect(await map.page.getByTestId('layers-button').isVisible()).toBe(false)

    await map.search('TEDA')
    await map.chooseSearchResult('park:teda')
    await map.details().locator('h2').waitFor()
    expect(await map.isOnTop(map.details().locator('h2'))).toBe(true)
    await expect.poll(() => panel.isVisible()).toBe(false)
    await map.details().getByTestId('details-close').click()
    await expect.poll(() => panel.isVisible()).toBe(true)
    expect(await map.isOnTop(map.page.getByTestId('export-csv'))).toBe(true)
  })

  it('says that the third compared park is off to the side, until it is scrolled into view', async () => {
    const map = await app.open({ viewport: PHONE })
    await map.openApp('?lang=en&cmp=binhai-hi-tech-zone,teda,nangang-industrial-zone')
    const third = map.page.locator('th[data-park-id="nangang-industrial-zone"]')
    await third.waitFor()
    const box = await third.boundingBox()
    expect(box && box.x + box.width).toBeGreaterThan(PHONE.width)
    const hint = map.page.getByTestId('compare-scroll-hint')
    expect(await hint.textContent()).toContain('3 parks')
    await third.scrollIntoViewIfNeeded()
    await hint.waitFor({ state: 'detached' })
  })

  it('labels the header buttons with words, visible and as their accessible names (zh)', async () => {
    const map = await app.open({ viewport: PHONE })
    await map.openApp('?lang=zh')
    for (const [testId, label] of [
      ['analysis-toggle', '分析'],
      ['tour-button', '导览'],
      ['embed-button', '嵌入'],
    ] as const) {
      const button = map.page.getByTestId(testId)
      const text = button.locator('.header-action-text')
      expect(await text.isVisible(), `${testId} shows no label`).toBe(true)
      expect((await text.textContent())?.trim()).toBe(label)
      const box = await button.boundingBox()
      expect(box && box.x + box.width).toBeLessThanOrEqual(PHONE.width)
      expect(await map.page.getByRole('button', { name: label }).first().isVisible()).toBe(true)
    }
  })
})
