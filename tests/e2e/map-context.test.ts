import { describe, expect, it } from 'vitest'
import type { MapDebugHandle } from '../../web/map/debug-handle-types.ts'
import { DESKTOP, type MapAppDriver } from './driver.ts'
import { JOURNEY_MS, setupMapApp } from './e2e-setup.ts'

/** Issue 11: the map as a map — selection, labels and punctuation, basemap and embed. */
const app = setupMapApp()
const LISHEN = 'tianjin-lishen-battery'

/** Places where a district label's box overlaps a cluster bubble (4 px cells). */
function labelsUnderBubbles(map: MapAppDriver): Promise<number> {
  return map.page.evaluate(() => {
    const handle = (globalThis as unknown as { __map: MapDebugHandle }).__map
    const q = (layer: string, x: number, y: number, size: number) =>
      handle.queryRenderedFeatures(
        [layer],
        [
          [x, y],
          [x + size, y + size],
        ],
      ).length > 0
    const { innerWidth: w = 0, innerHeight: h = 0 } = globalThis as unknown as Record<
      string,
      number
    >
    let overlaps = 0
    for (let x = 0; x < w; x += 32) {
      for (let y = 0; y < h; y += 32) {
        if (!q('sites-cluster', x, y, 32) || !q('districts-label', x, y, 32)) continue
        for (let sx = x; sx < x + 32; sx += 4) {
          for (let sy = y; sy < y + 32; sy += 4) {
            if (q('sites-cluster', sx, sy, 4) && q('districts-label', sx, sy, 4)) overlaps++
          }
        }
      }
    }
    return overlaps
  })
}

describe('the map reads as a map', { timeout: JOURNEY_MS }, () => {
  it('expands the cluster of a site chosen in search and draws it on top, ringed and named (desktop, zh)', async () => {
    const map = await app.open({ viewport: DESKTOP, locale: 'zh-CN' })
    await map.openApp('?lang=zh')
    await map.search('力神')
    await map.chooseSearchResult(`site:${LISHEN}`)
    await map.page.locator(`[data-testid="details-panel"][data-id="${LISHEN}"]`).waitFor()
    const selected = async () =>
      (await map.renderedFeatures(['sites-spider'])).filter(
        (f) => f.properties.id === LISHEN && f.properties.selected === true,
      ).length
    await expect.poll(selected, { timeout: 30_000 }).toBe(1)
    const label = async () =>
      (await map.renderedFeatures(['sites-spider-label'])).map((f) => f.properties.id)
    await expect.poll(label, { timeout: 10_000 }).toEqual([LISHEN])
  })

  it('keeps district labels clear of cluster bubbles (desktop, en)', async () => {
    const map = await app.open({ viewport: DESKTOP })
    await map.openApp('?lang=en')
    const labels = (await map.renderedFeatures(['districts-label'])).map(
      (f) => f.properties.name_en,
    )
    expect(labels).toContain('Binhai New Area')
    expect(await labelsUnderBubbles(map)).toBe(0)
  })

  it('sets ’ and “ ” in English text in Latin, not full-width, shapes (desktop, en)', async () => {
    const map = await app.open({ viewport: DESKTOP })
    await map.openApp(`?lang=en&sel=site:${LISHEN}`)
    const panel = map.page.locator(`[data-testid="details-panel"][data-id="${LISHEN}"]`)
    await panel.getByText('Tianjin’s', { exact: false }).first().waitFor()
    await map.page.evaluate(
      () =>
        (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document
          .fonts.ready,
    )
    const ratio = await panel.evaluate((root) => {
      type Node = { nodeValue: string | null }
      const doc = (
        globalThis as unknown as {
          document: {
            createTreeWalker(root: unknown, what: number): { nextNode(): Node | null }
            createRange(): {
              setStart(n: Node, o: number): void
              setEnd(n: Node, o: number): void
              getBoundingClientRect(): { width: number }
            }
          }
        }
      ).document
      const walker = doc.createTreeWalker(root, 4)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.nodeValue?.indexOf('’') ?? -1
        if (at < 0) continue
        const range = doc.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + 1)
        const size = Number.parseFloat(
          (
            globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }
          ).getComputedStyle((node as unknown as { parentElement: unknown }).parentElement)
            .fontSize,
        )
        return range.getBoundingClientRect().width / size
      }
      return -1
    })
    expect(ratio).toBeGreaterThan(0)
    expect(ratio, 'width of ’ in em').toBeLessThan(0.5)
  })

  it('keeps labels off the edges of the brief’s map image (desktop, en)', async () => {
    const map = await app.open({ viewport: DESKTOP })
    await map.page.goto(`${app.baseUrl}/brief?park=binhai-hi-tech-zone&lang=en`)
    const image = map.page.getByTestId('brief-map-image')
    await image.waitFor({ timeout: 90_000 })
    expect(await image.getAttribute('data-labels-on-edge')).toBe('0')
  })
})
