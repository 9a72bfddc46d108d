/**
 * Screenshots of the embed and the printable brief for the README, from the production build
 * served by the real server: `docs/screenshots/embed.png`, `embed-list.png`,
 * `embed-dialog.png`, `brief-zh.png`, `brief-en.png` (the A4 page as printed).
 *
 * Run: npx tsx tests/e2e/take-embed-screenshots.ts
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { launchBrowser } from './browser.ts'
import { DESKTOP, MapAppDriver } from './driver.ts'
import { EmbedDriver } from './embed-driver.ts'
import { startServer } from './server.ts'
import { ROOT } from './web-build.ts'

const OUT_DIR = join(ROOT, 'docs/screenshots')
const EMBED_VIEWPORT = { width: 960, height: 600 }
/** A4 at 96 dpi, scaled ×1.5 for a sharp image. */
const A4_VIEWPORT = { width: 794, height: 1123 }

const server = await startServer()
const browser = await launchBrowser()
const shot = async (driver: MapAppDriver, name: string) => {
  const path = join(OUT_DIR, `${name}.png`)
  await driver.page.screenshot({ path })
  console.log(`wrote ${path}`)
}
try {
  mkdirSync(OUT_DIR, { recursive: true })
  const embed = await MapAppDriver.create(browser, server.baseUrl, { viewport: EMBED_VIEWPORT })
  await embed.page.goto(
    `${server.baseUrl}/embed?lang=en&c=117.4650,39.1900&z=8.60&sel=park:binhai-hi-tech-zone`,
  )
  await new EmbedDriver(embed.page).waitForMapReady()
  await embed.page.locator('.embed-legend summary').click()
  await shot(embed, 'embed')
  await embed.close()

  const list = await MapAppDriver.create(browser, server.baseUrl, { viewport: EMBED_VIEWPORT })
  await list.page.goto(`${server.baseUrl}/embed?lang=zh&view=list`)
  await new EmbedDriver(list.page).choose('site:tianjin-lishen-battery')
  await shot(list, 'embed-list')
  await list.close()

  const app = await MapAppDriver.create(browser, server.baseUrl, { viewport: DESKTOP })
  await app.openApp('?lang=en')
  await app.page.getByTestId('embed-button').click()
  await app.page.getByTestId('embed-dialog').waitFor()
  await shot(app, 'embed-dialog')
  await app.close()

  for (const lang of ['zh', 'en'] as const) {
    const brief = await MapAppDriver.create(browser, server.baseUrl, { viewport: A4_VIEWPORT })
    await brief.page.emulateMedia({ media: 'print' })
    await brief.page.goto(`${server.baseUrl}/brief?park=binhai-hi-tech-zone&lang=${lang}`)
    await brief.page
      .locator('[data-testid="brief"][data-ready="true"]')
      .waitFor({ timeout: 90_000 })
    await brief.page.addStyleTag({ content: 'body{padding:12mm!important}' })
    await shot(brief, `brief-${lang}`)
    await brief.close()
  }
} finally {
  await browser.close()
  await server.stop()
}
