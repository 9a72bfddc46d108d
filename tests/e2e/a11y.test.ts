import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { JOURNEY_MS, setupMapApp } from './e2e-setup.ts'
import { EmbedDriver } from './embed-driver.ts'

const app = setupMapApp()
/** `node_modules/axe-core/axe.min.js`, evaluated through the driver: the pages' CSP rightly
 * blocks injected `<script>` tags (`page.addScriptTag`). */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: Array<{ target: unknown[] }>
}

/** Runs axe-core in the page; returns its serious and critical violations, summarised. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async () => {
    // axe.run() with no context audits the whole document.
    const axe = (globalThis as unknown as { axe: { run: () => Promise<unknown> } }).axe
    const result = (await axe.run()) as { violations: AxeViolation[] }
    return result.violations
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${JSON.stringify(v.nodes.map((n) => n.target))}`)
}

describe('accessibility (axe-core)', { timeout: JOURNEY_MS }, () => {
  it('finds no serious or critical violation in the main app', async () => {
    const map = await app.open()
    await map.openApp('?lang=en')
    expect(await seriousViolations(map.page)).toEqual([])
  })

  it('finds no serious or critical violation in the main app with the embed dialog open', async () => {
    const map = await app.open()
    await map.openApp('?lang=zh')
    await map.page.getByTestId('embed-button').click()
    await map.page.getByTestId('embed-dialog').waitFor()
    expect(await seriousViolations(map.page)).toEqual([])
  })

  it('finds no serious or critical violation in the embed, map view', async () => {
    const driver = await app.open()
    await driver.page.goto(`${app.baseUrl}/embed?lang=en&sel=park:teda`)
    await new EmbedDriver(driver.page).waitForMapReady()
    expect(await seriousViolations(driver.page)).toEqual([])
  })

  it('finds no serious or critical violation in the embed, list view', async () => {
    const driver = await app.open()
    const embed = new EmbedDriver(driver.page)
    await driver.page.goto(`${app.baseUrl}/embed?lang=zh&view=list`)
    await embed.choose('site:tianjin-lishen-battery')
    expect(await seriousViolations(driver.page)).toEqual([])
  })

  it('finds no serious or critical violation in the brief', async () => {
    const driver = await app.open()
    await driver.page.goto(`${app.baseUrl}/brief?park=teda&lang=en`)
    await driver.page
      .locator('[data-testid="brief"][data-ready="true"]')
      .waitFor({ timeout: 90_000 })
    expect(await seriousViolations(driver.page)).toEqual([])
  })
})
