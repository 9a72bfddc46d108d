import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { launchBrowser } from './browser.ts'
import { MapAppDriver, type OpenOptions } from './driver.ts'
import { type RunningServer, startServer } from './server.ts'

/** Time for one browser journey (software WebGL is slow). */
export const JOURNEY_MS = 120_000

/**
 * Starts the production server and a browser for the test file, and gives each test a fresh
 * page (`open()`), closed after the test.
 */
export function setupMapApp(options: { env?: () => Record<string, string> } = {}) {
  let server: RunningServer | undefined
  let browser: Browser | undefined
  const drivers: MapAppDriver[] = []
  beforeAll(async () => {
    server = await startServer(options.env?.())
    browser = await launchBrowser()
  }, 240_000)
  afterEach(async () => {
    await Promise.all(drivers.splice(0).map((driver) => driver.close()))
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })
  return {
    get baseUrl(): string {
      if (!server) throw new Error('server not started')
      return server.baseUrl
    },
    /** A new page on the app (not yet navigated). */
    async open(options?: OpenOptions): Promise<MapAppDriver> {
      if (!browser || !server) throw new Error('browser or server not started')
      const driver = await MapAppDriver.create(browser, server.baseUrl, options)
      drivers.push(driver)
      return driver
    },
  }
}
