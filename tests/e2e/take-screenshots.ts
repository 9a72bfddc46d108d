/**
 * Screenshots for the README: desktop (1440×900) and phone (375×812), Chinese and English,
 * taken from the production build served by the real server.
 *
 * Run: npx tsx tests/e2e/take-screenshots.ts
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { launchBrowser } from './browser.ts'
import { DESKTOP, MapAppDriver, PHONE } from './driver.ts'
import { startServer } from './server.ts'
import { ROOT } from './web-build.ts'

const OUT_DIR = join(ROOT, 'docs/screenshots')

/** What each layout shows: on desktop the whole city with Lishen's details, on a phone the city. */
const VIEWS = {
  desktop: { viewport: DESKTOP, query: 'c=117.47,39.40&z=7.9&sel=site:tianjin-lishen-battery' },
  phone: { viewport: PHONE, query: '' },
} as const

const server = await startServer()
const browser = await launchBrowser()
try {
  mkdirSync(OUT_DIR, { recursive: true })
  for (const [layout, view] of Object.entries(VIEWS)) {
    for (const lang of ['zh', 'en'] as const) {
      const app = await MapAppDriver.create(browser, server.baseUrl, { viewport: view.viewport })
      await app.openApp(`?lang=${lang}${view.query ? `&${view.query}` : ''}`)
      if (view.query.includes('sel=')) await app.details().locator('h2').waitFor()
      await app.page.waitForTimeout(500)
      const path = join(OUT_DIR, `${layout}-${lang}.png`)
      await app.page.screenshot({ path })
      console.log(`wrote ${path}`)
      await app.close()
    }
  }
} finally {
  await browser.close()
  await server.stop()
}
