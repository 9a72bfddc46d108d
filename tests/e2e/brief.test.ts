import { describe, expect, it } from 'vitest'
import { fetchApi } from './api-data.ts'
import type { MapAppDriver } from './driver.ts'
import { JOURNEY_MS, setupMapApp } from './e2e-setup.ts'
import { pdfMediaBoxes, pdfPageCount } from './pdf-pages.ts'
import { inkOf } from './png-ink.ts'

const app = setupMapApp()

/** A4 in PostScript points (210 × 297 mm). */
const A4_PT: [number, number] = [595.28, 841.89]

async function openBrief(driver: MapAppDriver, query: string): Promise<void> {
  await driver.page.goto(`${app.baseUrl}/brief?${query}`)
  await driver.page.locator('[data-testid="brief"][data-ready="true"]').waitFor({ timeout: 90_000 })
}

async function printToPdf(driver: MapAppDriver): Promise<Buffer> {
  return driver.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
}

describe('the printable brief', { timeout: JOURNEY_MS }, () => {
  it.each([
    ['park=binhai-hi-tech-zone&lang=zh'],
    ['park=binhai-hi-tech-zone&lang=en'],
    ['park=teda&lang=en'],
    ['site=tianjin-lishen-battery&lang=zh'],
    ['lng=117.65&lat=39.03&lang=en'],
  ])('prints /brief?%s on exactly one A4 page', async (query) => {
    const driver = await app.open()
    await openBrief(driver, query)
    await driver.page.emulateMedia({ media: 'print' })
    const overflowPx = await driver.page.locator('.brief-page').evaluate((page) => {
      const box = page as unknown as { scrollHeight: number; clientHeight: number }
      return box.scrollHeight - box.clientHeight
    })
    expect(overflowPx, 'content is cut off at the bottom of the page').toBeLessThanOrEqual(1)
    const pdf = await printToPdf(driver)
    expect(pdfPageCount(pdf)).toBe(1)
    for (const [width, height] of pdfMediaBoxes(pdf)) {
      expect(Math.abs(width - A4_PT[0])).toBeLessThan(2)
      expect(Math.abs(height - A4_PT[1])).toBeLessThan(2)
    }
  })

  it('quotes every clause the park cites (up to three), referring to each by plan and section', async () => {
    const detail = await fetchApi<{
      clauses: Array<{ id: string; text_zh: string; label_zh: string; doc_title_en: string }>
    }>(app.baseUrl, '/parks/binhai-hi-tech-zone')
    expect(detail.clauses.length).toBeGreaterThanOrEqual(3)
    const driver = await app.open()
    await openBrief(driver, 'park=binhai-hi-tech-zone&lang=en')
    const quotes = driver.page.getByTestId('brief-clause')
    await expect.poll(() => quotes.count()).toBe(Math.min(detail.clauses.length, 3))
    const ids = await Promise.all((await quotes.all()).map((q) => q.getAttribute('data-clause-id')))
    expect(ids).toEqual(detail.clauses.slice(0, 3).map((c) => c.id))
    for (const [i, clause] of detail.clauses.slice(0, 3).entries()) {
      const text = (await quotes.nth(i).textContent()) ?? ''
      expect(text).toContain(clause.doc_title_en)
      expect(text).toContain(clause.label_zh)
    }
    const cut = detail.clauses.slice(0, 3).some((c) => [...c.text_zh].length > 100)
    expect(await driver.page.getByTestId('brief-fulltext').count()).toBe(cut ? 1 : 0)
    expect(await driver.page.getByTestId('brief-fulltext').textContent()).toContain(
      'the full text is in the plan named above',
    )
  })

  it('prints with the browser defaults (no background graphics) keeping the logo, the completeness bar, whole names and readable references', async () => {
    const driver = await app.open()
    await openBrief(driver, 'park=binhai-hi-tech-zone&lang=en')
    await driver.page.emulateMedia({ media: 'print' })
    // What printing without "background graphics" does: every CSS background is dropped.
    await driver.page.addStyleTag({
      content:
        '*, *::before, *::after { background: none !important; box-shadow: none !important }',
    })
    const logo = await inkOf(driver.page, await driver.page.locator('.brief-mark').screenshot())
    expect(logo.ink, 'the logo disappears').toBeGreaterThan(0.4)
    const bar = driver.page.locator('.brief-score-bar')
    const barInk = await inkOf(driver.page, await bar.screenshot())
    expect(barInk.ink, 'the completeness bar disappears').toBeGreaterThan(0.5)
    expect(barInk.green, 'the completeness bar shows no score').toBeGreaterThan(0.05)

    const cut = await driver.page
      .locator('.brief-access li > *, .brief-links li > *')
      .evaluateAll((elements) =>
        (elements as unknown as { scrollWidth: number; clientWidth: number; textContent: string }[])
          .filter((e) => e.scrollWidth > e.clientWidth + 1)
          .map((e) => e.textContent),
      )
    expect(cut, 'names cut at the edge').toEqual([])
    const page = (await driver.page.locator('.brief-page').textContent()) ?? ''
    expect(page).not.toContain('/api/')
    const overflowPx = await driver.page.locator('.brief-page').evaluate((el) => {
      const box = el as unknown as { scrollHeight: number; clientHeight: number }
      return box.scrollHeight - box.clientHeight
    })
    expect(overflowPx).toBeLessThanOrEqual(1)
  })

  it('shows the chain completeness and access distances the API computes for the park', async () => {
    const chain = await fetchApi<{ present_links: number; total_links: number }>(
      app.baseUrl,
      '/analysis/chain-completeness?chain=nev&park=teda&radius_km=10',
    )
    const driver = await app.open()
    await openBrief(driver, 'park=teda&lang=en')
    const chainText = (await driver.page.getByTestId('brief-chain').textContent()) ?? ''
    expect(chainText).toContain(`${chain.present_links} of ${chain.total_links} links present`)
    expect(await driver.page.getByTestId('brief-access').textContent()).toMatch(/Tianjin Port/)
  })

  it('renders the map as an image (so that print is stable) before it says it is ready', async () => {
    const driver = await app.open()
    await openBrief(driver, 'site=tianjin-lishen-battery&lang=en')
    const image = driver.page.getByTestId('brief-map-image')
    expect(await image.getAttribute('src')).toMatch(/^data:image\/png;base64,/)
    const size = await image.evaluate(
      (img) => (img as unknown as { naturalWidth: number }).naturalWidth,
    )
    expect(size).toBeGreaterThan(300)
    expect(await driver.page.locator('canvas').count()).toBe(0)
  })

  it('says what to pass when the URL names no place', async () => {
    const driver = await app.open()
    await driver.page.goto(`${app.baseUrl}/brief?lang=en`)
    await driver.page.locator('[data-testid="brief"][data-ready="error"]').waitFor()
    expect(await driver.page.locator('h1').textContent()).toContain('/brief?park=')
  })
})
