import { LEGEND_STYLE, type LegendItem, legendLayout } from './legend-layout.ts'
import type { ScaleBarSpec } from './scale-bar.ts'

const FONT = '"Noto Sans SC", system-ui, sans-serif'

function drawSwatch(ctx: CanvasRenderingContext2D, item: LegendItem, x: number, y: number) {
  const size = LEGEND_STYLE.swatch
  const cy = y - 5
  ctx.save()
  ctx.strokeStyle = item.color
  ctx.fillStyle = item.color
  ctx.lineWidth = 2.5
  if (item.shape === 'dot' || item.shape === 'ring') {
    ctx.beginPath()
    ctx.arc(x + size / 2, cy, 6, 0, Math.PI * 2)
    if (item.shape === 'dot') ctx.fill()
    ctx.stroke()
  } else if (item.shape === 'area') {
    ctx.globalAlpha = 0.25
    ctx.fillRect(x, cy - 7, size, 14)
    ctx.globalAlpha = 1
    ctx.setLineDash([4, 3])
    ctx.strokeRect(x, cy - 7, size, 14)
  } else {
    if (item.shape === 'dash') ctx.setLineDash([4, 3])
    ctx.beginPath()
    ctx.moveTo(x, cy)
    ctx.lineTo(x + size, cy)
    ctx.stroke()
  }
  ctx.restore()
}

/** Title (top-left) and, under it, where and when the image was made. */
function drawTitle(ctx: CanvasRenderingContext2D, title: string, about: string) {
  const s = LEGEND_STYLE
  ctx.font = `600 ${s.titlePx}px ${FONT}`
  const titleWidth = ctx.measureText(title).width
  ctx.font = `${s.itemPx - 1}px ${FONT}`
  const aboutWidth = ctx.measureText(about).width
  const height = s.titlePx + s.itemPx + 2 * s.padding
  ctx.fillStyle = 'rgba(255,255,255,0.94)'
  ctx.fillRect(s.margin, s.margin, Math.max(titleWidth, aboutWidth) + 2 * s.padding, height)
  ctx.fillStyle = '#18212e'
  ctx.font = `600 ${s.titlePx}px ${FONT}`
  ctx.fillText(title, s.margin + s.padding, s.margin + s.padding + s.titlePx - 4)
  ctx.fillStyle = '#5b6573'
  ctx.font = `${s.itemPx - 1}px ${FONT}`
  ctx.fillText(about, s.margin + s.padding, s.margin + s.padding + s.titlePx + s.itemPx)
}

/** A scale bar with end ticks and its label, right-aligned above the attribution line. */
function drawScaleBar(
  ctx: CanvasRenderingContext2D,
  bar: ScaleBarSpec,
  width: number,
  height: number,
) {
  const right = width - LEGEND_STYLE.margin
  const y = height - 34
  const left = right - bar.widthPx
  ctx.fillStyle = 'rgba(255,255,255,0.85)'
  ctx.fillRect(left - 8, y - 22, bar.widthPx + 16, 30)
  ctx.strokeStyle = '#18212e'
  ctx.lineWidth = 2
  ctx.beginPath()
  ctx.moveTo(left, y - 6)
  ctx.lineTo(left, y)
  ctx.lineTo(right, y)
  ctx.lineTo(right, y - 6)
  ctx.stroke()
  ctx.fillStyle = '#18212e'
  ctx.font = `600 12px ${FONT}`
  ctx.textAlign = 'center'
  ctx.fillText(bar.label, left + bar.widthPx / 2, y - 8)
  ctx.textAlign = 'left'
}

/**
 * The map image with a title and, under it, the date and centre coordinates (top-left), a
 * legend box (bottom-left), a scale bar and the data attribution (bottom-right), as a PNG
 * blob. `map` is a copy of the map's pixels (`useMap().snapshot()`).
 */
export function composeMapPng(
  map: HTMLCanvasElement,
  text: { title: string; about: string; legendTitle: string; attribution: string },
  items: readonly LegendItem[],
  scale: ScaleBarSpec,
): Promise<Blob> {
  const { legendTitle, attribution } = text
  const canvas = document.createElement('canvas')
  canvas.width = map.width
  canvas.height = map.height
  const ctx = canvas.getContext('2d')
  if (!ctx) return Promise.reject(new Error('no 2D canvas'))
  ctx.drawImage(map, 0, 0)
  const s = LEGEND_STYLE
  drawTitle(ctx, text.title, text.about)
  drawScaleBar(ctx, scale, canvas.width, canvas.height)

  ctx.font = `${s.itemPx}px ${FONT}`
  const textWidth = Math.max(
    ctx.measureText(legendTitle).width,
    ...items.map((i) => ctx.measureText(i.label).width),
  )
  const box = legendLayout(items.length, textWidth, canvas.height)
  ctx.fillStyle = 'rgba(255,255,255,0.94)'
  ctx.strokeStyle = '#e2e5ea'
  ctx.beginPath()
  ctx.roundRect(box.x, box.y, box.width, box.height, 10)
  ctx.fill()
  ctx.stroke()
  ctx.fillStyle = '#18212e'
  ctx.font = `700 ${s.titlePx}px ${FONT}`
  ctx.fillText(legendTitle, box.x + s.padding, box.titleY)
  ctx.font = `${s.itemPx}px ${FONT}`
  items.forEach((item, i) => {
    const y = box.itemYs[i] ?? 0
    drawSwatch(ctx, item, box.x + s.padding, y)
    ctx.fillStyle = '#18212e'
    ctx.fillText(item.label, box.x + s.padding + s.swatch + 8, y)
  })
  ctx.font = `11px ${FONT}`
  const attrWidth = ctx.measureText(attribution).width
  ctx.fillStyle = 'rgba(255,255,255,0.85)'
  ctx.fillRect(canvas.width - attrWidth - 16, canvas.height - 20, attrWidth + 16, 20)
  ctx.fillStyle = '#5b6573'
  ctx.fillText(attribution, canvas.width - attrWidth - 8, canvas.height - 6)
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))),
      'image/png',
    ),
  )
}
