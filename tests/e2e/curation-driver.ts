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

  /** Fills the source and the note and saves; waits for "Saved". */
  async save(source: string, note: string): Promise<void> {
    const editor = this.page.getByTestId('place-editor')
    await editor.getByTestId('edit-source').fill(source)
    await editor.getByTestId('edit-note').fill(note)
    await editor.getByTestId('edit-save').click()
    await this.page.getByTestId('edit-saved').waitFor()
  }

  /** Whether the site layer draws `siteId` within a few pixels of `lngLat` on this page. */
  async drawsSiteAt(siteId: string, lngLat: [number, number]): Promise<boolean> {
    return this.page.evaluate(
      ([id, at]) => {
        const map = (globalThis as unknown as Handle).__map
        if (!map) return false
        const { x, y } = map.project(at)
        const box: [[number, number], [number, number]] = [
          [x - 4, y - 4],
          [x + 4, y + 4],
        ]
        return map.queryRenderedFeatures(['sites-circle'], box).some((f) => String(f.id) === id)
      },
      [siteId, lngLat] as const,
    )
  }
}
