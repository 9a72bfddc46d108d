import type { Page } from 'playwright-core'
import type { MapDebugHandle } from '../../web/map/debug-handle-types.ts'
import type { MapAppDriver } from './driver.ts'

type Handle = { __map?: MapDebugHandle }

/** Domain verbs of Edit mode over one page of the app (see `web/features/account`, `edit`). */
export class CurationDriver {
  constructor(readonly map: MapAppDriver) {}

  get page(): Page {
    return this.map.page
  }

  /** Signs in through the header's dialog and waits until the header names the user. */
  async signIn(name: string, password: string): Promise<void> {
    await this.page.getByTestId('sign-in-button').click()
    const dialog = this.page.getByTestId('sign-in-dialog')
    await dialog.getByLabel(/user name|用户名/i).fill(name)
    await dialog.getByLabel(/password|密码/i).fill(password)
    await this.page.getByTestId('sign-in-submit').click()
    await this.page.getByTestId('account').waitFor()
  }

  /** Turns Edit mode on and waits for the editor of the place shown in the details panel. */
  async editSelectedPlace(): Promise<void> {
    await this.page.getByTestId('edit-toggle').click()
    await this.page.getByTestId('place-editor').getByTestId('edit-save').waitFor()
    // the drawing tool is loaded on first use; its layers appear when it runs
    await this.page.waitForFunction(() =>
      ((globalThis as unknown as Handle).__map?.getLayerIds() ?? []).some((id) =>
        id.startsWith('td-'),
      ),
    )
  }

  /** Where `lngLat` is on the page now. */
  async pixelOf(lngLat: [number, number]): Promise<{ x: number; y: number }> {
    const point = await this.page.evaluate(
      (at) => (globalThis as unknown as Handle).__map?.project(at),
      lngLat,
    )
    const box = await this.page.getByTestId('map').boundingBox()
    if (!point || !box) throw new Error('the map or its debug handle is missing')
    return { x: box.x + point.x, y: box.y + point.y }
  }

  /** Drags the map point at `from` by `dx`, `dy` pixels, as a user would. */
  async drag(from: { x: number; y: number }, dx: number, dy: number): Promise<void> {
    const mouse = this.page.mouse
    await mouse.move(from.x, from.y)
    await mouse.down()
    await mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 5 })
    await mouse.move(from.x + dx, from.y + dy, { steps: 5 })
    await mouse.up()
    await this.page.getByTestId('shape-change').waitFor()
  }

  /** Draws an outline from nothing: clicks each corner, then the first again to close it. */
  async drawOutline(corners: { x: number; y: number }[]): Promise<void> {
    for (const corner of [...corners, corners[0]]) {
      if (!corner) throw new Error('an outline needs corners')
      // moved there first, as a hand would: the tool follows the pointer between corners
      await this.page.mouse.move(corner.x, corner.y, { steps: 5 })
      await this.page.mouse.down()
      await this.page.waitForTimeout(60)
      await this.page.mouse.up()
      await this.page.waitForTimeout(700)
    }
    await this.page.getByTestId('shape-change').waitFor()
  }

  /** Fills the source and the note and saves; waits for "Saved". */
  async save(source: string, note: string): Promise<void> {
    const editor = this.page.getByTestId('place-editor')
    await editor.getByTestId('edit-source').fill(source)
    await editor.getByTestId('edit-note').fill(note)
    await editor.getByTestId('edit-save').click()
    await this.page.getByTestId('edit-saved').waitFor()
  }

  /** Whether the park outline layer draws `parkId` at `lngLat` on this page. */
  drawsParkOutlineAt(parkId: string, lngLat: [number, number]): Promise<boolean> {
    return this.drawsAt('parks-fill', parkId, lngLat, 2)
  }

  /** Whether the site layer draws `siteId` within a few pixels of `lngLat` on this page. */
  drawsSiteAt(siteId: string, lngLat: [number, number]): Promise<boolean> {
    return this.drawsAt('sites-circle', siteId, lngLat, 4)
  }

  /** Whether `layer` draws feature `id` within `px` pixels of `lngLat`. */
  private drawsAt(layer: string, id: string, lngLat: [number, number], px: number) {
    return this.page.evaluate(
      ([layerId, featureId, at, d]) => {
        const map = (globalThis as unknown as Handle).__map
        if (!map) return false
        const { x, y } = map.project(at)
        const box: [[number, number], [number, number]] = [
          [x - d, y - d],
          [x + d, y + d],
        ]
        return map.queryRenderedFeatures([layerId], box).some((f) => String(f.id) === featureId)
      },
      [layer, id, lngLat, px] as const,
    )
  }
}
