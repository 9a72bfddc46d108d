import type { Page } from 'playwright-core'

/** Shares (0–1) of an image's pixels that carry ink (not white) and that are green. */
export interface Ink {
  ink: number
  green: number
}

/** Decodes `png` in the page (the tests have no image library) and measures its ink. */
export function inkOf(page: Page, png: Buffer): Promise<Ink> {
  return page.evaluate(async (base64) => {
    type Ctx = {
      drawImage(image: unknown, x: number, y: number): void
      getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray }
    }
    const g = globalThis as unknown as {
      createImageBitmap(blob: Blob): Promise<{ width: number; height: number }>
      OffscreenCanvas: new (w: number, h: number) => { getContext(kind: '2d'): Ctx | null }
    }
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
    const bitmap = await g.createImageBitmap(new Blob([bytes], { type: 'image/png' }))
    const ctx = new g.OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')
    if (!ctx) return { ink: 0, green: 0 }
    ctx.drawImage(bitmap, 0, 0)
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height)
    let ink = 0
    let green = 0
    for (let i = 0; i < data.length; i += 4) {
      const [r = 255, gr = 255, b = 255] = [data[i], data[i + 1], data[i + 2]]
      if (r + gr + b < 720) ink++
      if (gr > r + 40 && gr > b + 40) green++
    }
    const pixels = data.length / 4
    return { ink: ink / pixels, green: green / pixels }
  }, png.toString('base64'))
}
