import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import type { Lang } from '../lib/i18n/lang.ts'
import { labelFields } from './style/layers.ts'

/** Switches every map label to `lang` in place (no style reload). */
export function useLabelLanguage(map: MapLibreMap | null, lang: Lang): void {
  useEffect(() => {
    if (!map) return
    for (const [layerId, textField] of labelFields(lang)) {
      if (map.getLayer(layerId)) {
        map.setLayoutProperty(layerId, 'text-field', textField as never)
      }
    }
  }, [map, lang])
}
