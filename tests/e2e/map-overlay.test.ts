import { describe, expect, it } from 'vitest'
import type { MapDebugHandle } from '../../web/map/debug-handle-types.ts'
import { AnalysisDriver } from './analysis-driver.ts'
import { JOURNEY_MS, setupMapApp } from './e2e-setup.ts'

const app = setupMapApp()

interface ClustersAnswer {
  features: Array<{
    properties: { cluster_id: number; member_count: number; centroid: [number, number] }
  }>
}

/** The analysis overlay is handed to the map as declarations; these journeys check they act. */
describe('the analysis overlay on the map', () => {
  it(
    "lists a cluster's members when its hull is clicked on the map",
    async () => {
      const driver = await app.open()
      await driver.openApp('?lang=en&analysis=clusters&sector=li-battery&eps=5&min=3')
      const analysis = new AnalysisDriver(driver)
      await analysis.waitForStillMap()
      const answer = await analysis.api<ClustersAnswer>(
        '/api/analysis/clusters?sector=li-battery&eps_km=5&min_points=3',
      )
      const biggest = [...answer.features].sort(
        (a, b) => b.properties.member_count - a.properties.member_count,
      )[0]
      if (!biggest) throw new Error('the API found no cluster of battery sites')
      const { cluster_id, member_count, centroid } = biggest.properties
      const point = await driver.page.evaluate(
        (lngLat) => (globalThis as unknown as { __map?: MapDebugHandle }).__map?.project(lngLat),
        centroid,
      )
      const box = await driver.page.getByTestId('map').boundingBox()
      if (!point || !box) throw new Error('the map or its debug handle is missing')
      await driver.page.mouse.click(box.x + point.x, box.y + point.y)

      const row = analysis
        .panel()
        .locator(`[data-testid="cluster-row"][data-cluster="${cluster_id}"]`)
      await expect.poll(() => row.getByRole('button').getAttribute('aria-expanded')).toBe('true')
      expect(await row.getByTestId('cluster-members').locator('li').count()).toBe(member_count)
      expect(await driver.page.getByTestId('details-panel').count()).toBe(0)
    },
    JOURNEY_MS,
  )

  it(
    'keeps the crosshair while a point is picked, also over parks and sites',
    async () => {
      const driver = await app.open()
      await driver.openApp('?lang=en&analysis=radius&c=117.2,39.13&z=11')
      const analysis = new AnalysisDriver(driver)
      await analysis.waitForStillMap()
      await driver.page.getByTestId('pick-point').click()
      const canvas = driver.page.locator('[data-testid="map"] canvas')
      const box = await canvas.boundingBox()
      if (!box) throw new Error('the map canvas is missing')
      for (const [x, y] of [
        [0.5, 0.5],
        [0.6, 0.45],
        [0.7, 0.6],
      ] as const) {
        await driver.page.mouse.move(box.x + box.width * x, box.y + box.height * y)
        expect(
          await canvas.evaluate(
            (element) => (element as unknown as { style: { cursor: string } }).style.cursor,
          ),
        ).toBe('crosshair')
      }
      await driver.page.keyboard.press('Escape')
      await driver.page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5)
      expect(
        await canvas.evaluate(
          (element) => (element as unknown as { style: { cursor: string } }).style.cursor,
        ),
      ).not.toBe('crosshair')
    },
    JOURNEY_MS,
  )
})
