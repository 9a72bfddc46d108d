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

/** Layers that paint an area of the basemap (land, sea, neighbours, districts). */
const AREA_LAYERS = [
  'region-land-fill',
  'region-sea-fill',
  'sea-fill',
  'neighbours-fill',
  'districts-fill',
]

/** Points of an 8 × 6 grid over the map where no basemap area is drawn. */
function uncoveredPoints(map: MapAppDriver): Promise<string[]> {
  return map.page.evaluate((layers) => {
    const handle = (globalThis as unknown as { __map: MapDebugHandle }).__map
    const { innerWidth: w = 0, innerHeight: h = 0 } = globalThis as unknown as Record<
      string,
      number
    >
    const empty: string[] = []
    for (let i = 0; i < 8; i++) {
      for (let j = 0; j < 6; j++) {
        const x = 2 + ((w - 4) * i) / 7
        const y = 2 + ((h - 4) * j) / 5
        const hit = handle.queryRenderedFeatures(layers, [
          [x - 1, y - 1],
          [x + 1, y + 1],
        ])
        if (hit.length === 0) empty.push(`${Math.round(x)},${Math.round(y)}`)
      }
    }
    return empty
  }, AREA_LAYERS)
}

/** Whether every corner of Tianjin's extent is inside the map on the page. */
function tianjinInView(map: MapAppDriver): Promise<boolean> {
  return map.page.evaluate(() => {
    const handle = (globalThis as unknown as { __map: MapDebugHandle }).__map
    const { innerWidth: w = 0, innerHeight: h = 0 } = globalThis as unknown as Record<
      string,
      number
    >
    const corners: Array<[number, number]> = [
      [116.7, 38.48],
      [118.06, 38.48],
      [116.7, 40.26],
      [118.06, 40.26],
    ]
    return corners.every((c) => {
      const { x, y } = handle.project(c)
      return x >= 0 && x <= w && y >= 0 && y <= h
    })
  })
}

describe('the map reads as a map', { timeout: JOURNEY_MS }, () => {
  it('covers any viewport with land and sea, out to the widest zoom and the edges of the pan range (desktop, en)', async () => {
    const map = await app.open({ viewport: DESKTOP })
    for (const [lng, lat, zoom] of [
      [117.4, 39.3, 7],
      [121.5, 42.5, 7],
      [113.5, 36.5, 7.5],
      [118.9, 38.3, 9.5],
    ]) {
      await map.openApp(`?lang=en&c=${lng},${lat}&z=${zoom}`)
      expect(await uncoveredPoints(map), `c=${lng},${lat} z=${zoom}`).toEqual([])
    }
  })

  it('draws places, rivers and built-up areas around Tianjin, and context from zoom 12 in (desktop, zh)', async () => {
    const map = await app.open({ viewport: DESKTOP, locale: 'zh-CN' })
    await map.openApp('?lang=zh&c=117.5,39.4&z=8')
    const places = (await map.renderedFeatures(['context-place-label'])).map(
      (f) => f.properties.name_zh,
    )
    expect(places).toEqual(expect.arrayContaining(['北京', '唐山']))
    expect((await map.renderedFeatures(['context-river-line'])).length).toBeGreaterThan(0)
    await map.openApp('?lang=zh&c=117.2,39.13&z=12.5')
    expect((await map.renderedFeatures(['context-urban-fill'])).length).toBeGreaterThan(0)
    expect((await map.renderedFeatures(['haihe-line'])).length).toBeGreaterThan(0)
  })

  it('fits all of Tianjin into the embed, a 480 px frame on desktop and on a phone (en)', async () => {
    for (const viewport of [
      { width: 1440, height: 480 },
      { width: 390, height: 480 },
    ]) {
      const map = await app.open({ viewport })
      await map.page.goto(`${app.baseUrl}/embed?lang=en`)
      await map.waitForMapReady()
      expect(await tianjinInView(map), `${viewport.width}×${viewport.height}`).toBe(true)
    }
  })

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
