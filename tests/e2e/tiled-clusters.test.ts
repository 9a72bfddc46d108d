import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SectorClustersResult } from '../../api/domain/index.ts'
import { type SyntheticDataDir, syntheticDataDir } from '../support/synthetic-data-dir.ts'
import { launchBrowser } from './browser.ts'
import { MapAppDriver } from './driver.ts'
import { type RunningServer, startServer } from './server.ts'

/**
 * Just over the tiles threshold (10,000 sites): the browser lists no site, as with a million,
 * while a sector's clusters still take milliseconds (at a million they take tens of seconds).
 */
const SITES = 12_000

let data: SyntheticDataDir | undefined
let server: RunningServer | undefined
let browser: Browser | undefined

beforeAll(async () => {
  data = await syntheticDataDir(SITES)
  server = await startServer({ DATA_DIR: data.dir }, 120_000)
  browser = await launchBrowser()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await data?.remove()
})

describe('the Clusters tab on a tiled map', () => {
  it('names the members of an open cluster, though the browser lists no site', async () => {
    if (!browser || !server) throw new Error('browser or server not started')
    const path = '/api/analysis/clusters?sector=li-battery&eps_km=2&min_points=3'
    const answer = (await (await fetch(`${server.baseUrl}${path}`)).json()) as SectorClustersResult
    const hull = [...answer.features].sort(
      (a, b) => b.properties.member_count - a.properties.member_count,
    )[0]?.properties
    if (!hull || hull.member_count < 3) throw new Error('no battery cluster of three or more')
    const driver = await MapAppDriver.create(browser, server.baseUrl)
    try {
      await driver.openApp('?lang=en&analysis=clusters&sector=li-battery&eps=2&min=3')
      const row = driver.page.locator(
        `[data-testid="cluster-row"][data-cluster="${hull.cluster_id}"]`,
      )
      await row.getByRole('button').click()
      const names = await row.getByTestId('cluster-members').locator('li').allTextContents()
      expect(names).toEqual(hull.members.slice(0, 100).map((m) => m.name_en))
      for (const id of hull.member_ids) expect(names).not.toContain(id)
    } finally {
      await driver.close()
    }
  })
})
