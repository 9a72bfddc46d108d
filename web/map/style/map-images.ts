import type { Map as MapLibreMap } from 'maplibre-gl'
import { MAP_COLORS } from '../../lib/theme/theme.ts'
import {
  BLOCKER_IMAGE,
  BLOCKER_IMAGE_PX,
  DISTRICT_BADGE_IMAGE,
  HATCH_IMAGE,
  INFRASTRUCTURE_ICON_PATHS,
} from './map-image-ids.ts'

function drawHatch(): ImageData {
  const size = 16
  const canvas = new OffscreenCanvas(size, size)
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  if (!ctx) throw new Error('2D canvas unavailable')
  ctx.fillStyle = `${MAP_COLORS.park}14`
  ctx.fillRect(0, 0, size, size)
  ctx.strokeStyle = `${MAP_COLORS.park}99`
  ctx.lineWidth = 1.6
  ctx.beginPath()
  for (const offset of [-size, 0, size]) {
    ctx.moveTo(offset, size)
    ctx.lineTo(offset + size, 0)
  }
  ctx.stroke()
  return ctx.getImageData(0, 0, size, size)
}

/** A rounded, dash-edged badge (30 × 22 px at pixel ratio 2) for a district's count. */
function drawDistrictBadge(): ImageData {
  const [width, height, radius] = [60, 44, 12]
  const canvas = new OffscreenCanvas(width, height)
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  if (!ctx) throw new Error('2D canvas unavailable')
  ctx.beginPath()
  ctx.roundRect(3, 3, width - 6, height - 6, radius)
  ctx.fillStyle = MAP_COLORS.districtBadge
  ctx.fill()
  ctx.setLineDash([7, 4])
  ctx.lineWidth = 3
  ctx.strokeStyle = MAP_COLORS.districtBadgeLine
  ctx.stroke()
  return ctx.getImageData(0, 0, width, height)
}

function drawIcon(path: string): ImageData {
  const size = 48
  const canvas = new OffscreenCanvas(size, size)
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  if (!ctx) throw new Error('2D canvas unavailable')
  ctx.fillStyle = MAP_COLORS.halo
  ctx.beginPath()
  ctx.arc(24, 24, 23, 0, Math.PI * 2)
  ctx.fill()
  ctx.fillStyle = MAP_COLORS.infrastructure
  ctx.beginPath()
  ctx.arc(24, 24, 20, 0, Math.PI * 2)
  ctx.fill()
  ctx.translate(11, 11)
  ctx.scale(26 / 24, 26 / 24)
  ctx.fillStyle = MAP_COLORS.halo
  ctx.fill(new Path2D(path))
  return ctx.getImageData(0, 0, size, size)
}

function imageFor(id: string): { data: ImageData; pixelRatio: number } | null {
  if (id === HATCH_IMAGE) return { data: drawHatch(), pixelRatio: 2 }
  if (id === DISTRICT_BADGE_IMAGE) return { data: drawDistrictBadge(), pixelRatio: 2 }
  if (id === BLOCKER_IMAGE) {
    return { data: new ImageData(BLOCKER_IMAGE_PX, BLOCKER_IMAGE_PX), pixelRatio: 1 }
  }
  const kind = id.startsWith('infra-') ? id.slice('infra-'.length) : null
  const path = kind ? INFRASTRUCTURE_ICON_PATHS[kind] : undefined
  return path ? { data: drawIcon(path), pixelRatio: 2 } : null
}

/** Draws the map's images (hatch pattern, infrastructure icons) on demand, offline. */
export function provideMapImages(map: MapLibreMap): () => void {
  map.setMissingStyleImageResolver((id) => {
    const image = imageFor(id)
    if (image && !map.hasImage(id)) map.addImage(id, image.data, { pixelRatio: image.pixelRatio })
  })
  return () => {
    map.setMissingStyleImageResolver(null)
  }
}
