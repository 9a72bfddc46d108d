import { describe, expect, it } from 'vitest'
import { AnalysisDriver } from './analysis-driver.ts'
import { JOURNEY_MS, setupMapApp } from './e2e-setup.ts'
import { parseCsv } from './parse-csv.ts'

const app = setupMapApp()

/** Two picked points compared at 8 km on the battery chain, in Chinese. */
const COMPARE =
  '?lang=zh&c=117.25,39.12&z=10&analysis=compare&cand=pt:117.2,39.13;pt:117.3,39.1&radius=8&chain=li-battery'

async function openCompare() {
  const driver = await app.open()
  await driver.openApp(COMPARE)
  const analysis = new AnalysisDriver(driver)
  const table = driver.page.getByTestId('candidate-compare')
  await expect.poll(() => table.locator('td[data-value=""]').count(), { timeout: 30_000 }).toBe(0)
  return analysis
}

describe('exports of an analysis (zh)', { timeout: JOURNEY_MS }, () => {
  it('writes the candidate comparison as a CSV naming each candidate, its chain and radius, with rounded distances', async () => {
    const analysis = await openCompare()
    const csv = await analysis.export('csv')
    const [header = [], ...rows] = parseCsv(csv.bytes.toString('utf8').slice(1))
    const col = (name: string) => header.indexOf(name)
    expect(header.slice(0, 4)).toEqual(['分析', '半径（公里）', '产业链', '产业'])
    expect(rows).toHaveLength(2)
    const [a, b] = rows
    expect(a?.[col('中文名称')]).toBe('候选点 A（117.2000, 39.1300）')
    expect(b?.[col('英文名称')]).toBe('Candidate B (117.3000, 39.1000)')
    expect(a?.[col('半径（公里）')]).toBe('8')
    expect(a?.[col('产业链')]).not.toBe('')
    expect(a?.[col('产业链')]).not.toBe('li-battery')
    const port = header.find((h) => h.startsWith('天津港'))
    expect(port).toBeDefined()
    for (const row of rows) expect(row[col(port ?? '')]).toMatch(/^\d+(\.\d{1,2})?$/)
    const chain = header.find((h) => h.includes('完整度'))
    expect(chain).toContain('8 公里')
  })

  it('draws a scale bar on the PNG, right-aligned above the attribution', async () => {
    const analysis = await openCompare()
    const png = await analysis.export('png')
    const dark = await analysis.page.evaluate(async (base64) => {
      type Ctx = {
        drawImage(image: unknown, x: number, y: number): void
        getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray }
      }
      type Bitmap = { width: number; height: number }
      const page = globalThis as unknown as {
        createImageBitmap(blob: Blob): Promise<Bitmap>
        OffscreenCanvas: new (w: number, h: number) => { getContext(kind: '2d'): Ctx | null }
      }
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const bitmap = await page.createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const canvas = new page.OffscreenCanvas(bitmap.width, bitmap.height)
      const ctx = canvas.getContext('2d')
      if (!ctx) return []
      ctx.drawImage(bitmap, 0, 0)
      const right = bitmap.width - 16
      const y = bitmap.height - 34
      // The bar: 30 px along its line, left of its right end; and the end tick above it.
      const along = Array.from({ length: 30 }, (_, i) => [right - 2 - i, y] as const)
      const tick = [[right, y - 4] as const]
      return [...along, ...tick].map(([x, py]) => {
        const [r = 255, g = 255, b = 255] = ctx.getImageData(x, py, 1, 2).data
        return r + g + b < 240
      })
    }, png.bytes.toString('base64'))
    expect(dark.length).toBe(31)
    expect(dark.every(Boolean), 'no scale bar where it is drawn').toBe(true)
  })
})
