/** How a legend entry is drawn (matches the overlay layers in `map/analysis-layers.ts`). */
export type LegendShape = 'dot' | 'ring' | 'line' | 'dash' | 'area'

export interface LegendItem {
  shape: LegendShape
  color: string
  label: string
}

export interface LegendBox {
  x: number
  y: number
  width: number
  height: number
  /** Baseline y of the title and of each item's label, in order. */
  titleY: number
  itemYs: number[]
}

export const LEGEND_STYLE = {
  padding: 14,
  titlePx: 15,
  itemPx: 13,
  lineGap: 8,
  swatch: 18,
  margin: 16,
} as const

/**
 * Where the legend box goes on a `canvasHeight`-tall image: bottom-left, `margin` from the
 * edges, one line for the title and one per item. `textWidth` is the widest label's width.
 *
 * @example legendLayout(3, 180, 900).height // 14 + 15 + 3 × (13 + 8) + 8 + 14 = 114
 */
export function legendLayout(
  itemCount: number,
  textWidth: number,
  canvasHeight: number,
): LegendBox {
  const s = LEGEND_STYLE
  const height = s.padding * 2 + s.titlePx + s.lineGap + itemCount * (s.itemPx + s.lineGap)
  const width = s.padding * 2 + s.swatch + 8 + textWidth
  const y = canvasHeight - s.margin - height
  const titleY = y + s.padding + s.titlePx - 2
  const itemYs = Array.from(
    { length: itemCount },
    (_, i) => titleY + s.lineGap + (i + 1) * (s.itemPx + s.lineGap),
  )
  return { x: s.margin, y, width, height, titleY, itemYs }
}
