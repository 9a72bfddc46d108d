import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import type { Lang } from '../lib/i18n/lang.ts'
import { labelLayouts } from './style/layers.ts'

/** Switches every map label to `lang` in place (no style reload): its text and its fonts. */
export function useLabelLanguage(map: MapLibreMap | null, lang: Lang): void {
  useEffect(() => {
    if (!map) return
    for (const { id, field, font } of labelLayouts(lang)) {
      if (!map.getLayer(id)) continue
      map.setLayoutProperty(id, 'text-field', field as never)
      if (font) map.setLayoutProperty(id, 'text-font', font as never)
    }
  }, [map, lang])
}
