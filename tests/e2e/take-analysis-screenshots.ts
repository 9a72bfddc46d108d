/**
 * Screenshots of the analysis panel for the README (`docs/screenshots/analysis-{en,zh}.png`):
 * battery-chain completeness around the Binhai Hi-tech Zone (its located Huayuan part, and its
 * firms "in this park"), from the production build.
 *
 * Run: npx tsx tests/e2e/take-analysis-screenshots.ts
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { launchBrowser } from './browser.ts'
import { DESKTOP, MapAppDriver } from './driver.ts'
import { startServer } from './server.ts'
import { ROOT } from './web-build.ts'

const OUT_DIR = join(ROOT, 'docs/screenshots')
const QUERY =
  'c=117.02,39.1&z=9.5&analysis=chain&subject=park:binhai-hi-tech-zone&radius=20&chain=li-battery&cand=park:binhai-hi-tech-zone;park:teda'

const server = await startServer()
const browser = await launchBrowser()
try {
  mkdirSync(OUT_DIR, { recursive: true })
  for (const lang of ['zh', 'en'] as const) {
    const app = await MapAppDriver.create(browser, server.baseUrl, { viewport: DESKTOP })
    await app.openApp(`?lang=${lang}&${QUERY}`)
    await app.page.getByTestId('chain-link-missing').first().waitFor()
    await app.waitForMapReady()
    await app.page.waitForTimeout(800)
    const path = join(OUT_DIR, `analysis-${lang}.png`)
    await app.page.screenshot({ path })
    console.log(`wrote ${path}`)
    await app.close()
  }
} finally {
  await browser.close()
  await server.stop()
}
