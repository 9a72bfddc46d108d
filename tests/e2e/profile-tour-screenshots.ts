/**
 * README screenshots of the park profile (zh, en), the comparison and a presented tour,
 * from the production build served by the real server (desktop, 1440×900).
 *
 * Run: npx tsx tests/e2e/profile-tour-screenshots.ts
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { launchBrowser } from './browser.ts'
import { DESKTOP, MapAppDriver } from './driver.ts'
import { showcase } from './profile-tour-driver.ts'
import { startServer } from './server.ts'
import { ROOT } from './web-build.ts'

const OUT_DIR = join(ROOT, 'docs/screenshots')
const CAMERA = 'c=117.47,39.20&z=8.6'

const SHOTS: { file: string; query: string; ready: (map: MapAppDriver) => Promise<unknown> }[] = [
  ...(['en', 'zh'] as const).map((lang) => ({
    file: `profile-${lang}.png`,
    query: `?lang=${lang}&${CAMERA}&profile=binhai-hi-tech-zone`,
    ready: (map: MapAppDriver) => showcase(map).chainScore(),
  })),
  {
    file: 'compare-en.png',
    query: `?lang=en&${CAMERA}&cmp=binhai-hi-tech-zone,teda,nangang-industrial-zone`,
    ready: (map) => map.page.getByTestId('compare-chain-score').nth(2).waitFor(),
  },
  {
    file: 'tour-presentation-en.png',
    query: '?lang=en&tour=ne18-fields&stop=2&present=1',
    ready: (map) => map.page.getByTestId('tour-target').waitFor(),
  },
]

const server = await startServer()
const browser = await launchBrowser()
try {
  mkdirSync(OUT_DIR, { recursive: true })
  for (const shot of SHOTS) {
    const map = await MapAppDriver.create(browser, server.baseUrl, { viewport: DESKTOP })
    await map.openApp(shot.query)
    await shot.ready(map)
    await map.page.waitForTimeout(3_000) // let a tour's flight end
    await map.waitForMapReady()
    const path = join(OUT_DIR, shot.file)
    await map.page.screenshot({ path })
    console.log(`wrote ${path}`)
    await map.close()
  }
} finally {
  await browser.close()
  await server.stop()
}
