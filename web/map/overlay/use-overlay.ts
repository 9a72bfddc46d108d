import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useMemo } from 'react'
import { createStore } from '../../lib/stores/create-store.ts'
import type { DeclarationStore } from './map-declarations.tsx'
import { applyOverlay, type Declaration, emptyApplied } from './overlay-registry.ts'

/** A registry for the declarations of one `<MapView>`'s children. */
export function useDeclarationStore(): DeclarationStore {
  return useMemo(() => createStore<ReadonlyMap<string, Declaration>>(new Map()), [])
}

/** Applies the declared sources and layers to the map whenever they change. */
export function useOverlay(
  map: MapLibreMap | null,
  declarations: ReadonlyMap<string, Declaration>,
): void {
  const applied = useMemo(() => (map ? emptyApplied() : null), [map])
  useEffect(() => {
    if (map && applied) applyOverlay(map, declarations.values(), applied)
  }, [map, applied, declarations])
}
