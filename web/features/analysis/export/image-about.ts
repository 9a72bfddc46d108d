import { formatLngLat } from '../../../lib/ui/format-km.ts'
import type { AnalysisTranslate } from '../analysis-messages.ts'
import { metersPerPixel, type ScaleBarSpec, scaleBar } from './scale-bar.ts'

/** The widest the PNG's scale bar may be, CSS px. */
export const SCALE_BAR_MAX_PX = 160

/**
 * What the map image says about itself, in the UI language: its centre (WGS84) and date, and
 * its scale bar (in image pixels). `frame` is the map's (`useMap().frame()`).
 *
 * @example imageAbout({ center: [117.2, 39.13], zoom: 10, pixelRatio: 1 }, '2026-12-05', t).scale.label // '5 km'
 */
export function imageAbout(
  frame: { center: [number, number]; zoom: number; pixelRatio: number },
  date: string,
  t: AnalysisTranslate,
): { about: string; scale: ScaleBarSpec } {
  const { center, zoom, pixelRatio } = frame
  const bar = scaleBar(metersPerPixel(center[1], zoom) / pixelRatio, SCALE_BAR_MAX_PX * pixelRatio)
  const label =
    bar.meters >= 1000
      ? t('export.scaleKm', { value: bar.meters / 1000 })
      : t('export.scaleM', { value: bar.meters })
  return {
    about: t('export.about', { at: formatLngLat(center), date }),
    scale: { widthPx: bar.widthPx, label },
  }
}
