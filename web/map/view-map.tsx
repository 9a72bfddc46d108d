import { type ReactNode, useEffect, useRef } from 'react'
import { usePlaceIndex } from '../lib/places/use-place-index.ts'
import { useVisiblePlaces } from '../lib/places/use-visible-places.ts'
import { pickStore } from '../lib/stores/pick-store.ts'
import { useView, useViewActions } from '../lib/url/view-context.tsx'
import { requestFocus } from './camera/camera-requests.ts'
import type { LiveMode } from './map-mode.ts'
import { MapView } from './map-view.tsx'
import { usePlaceSources } from './sources/use-place-sources.ts'

/**
 * The live `<MapView>` bound to the page's URL view: it shows the places that pass the
 * layer panel's toggles and filters, marks the selection, follows and writes the camera, and
 * selects what is clicked (a stack of sites goes to the pick list).
 */
export function ViewMap(props: { mode: LiveMode; children?: ReactNode }) {
  const view = useView()
  const { select, setCamera } = useViewActions()
  const shown = useVisiblePlaces()
  const selectedSite = view.selection?.kind === 'site' ? view.selection.id : null
  useFocusOnOpen(view)
  return (
    <MapView
      mode={props.mode}
      sources={usePlaceSources(shown, selectedSite)}
      selection={view.selection}
      camera={view.camera}
      onCameraChange={setCamera}
      onSelect={select}
      onPick={pickStore.set}
      places={usePlaceIndex()}
      hiddenSectors={view.hiddenSectors}
      siteFilters={view.filters}
    >
      {props.children}
    </MapView>
  )
}

/**
 * A link that names a selection but no camera (`?sel=park:teda`) opens on the selection: the
 * map flies to it once places have loaded. A link with a camera keeps its camera.
 */
function useFocusOnOpen(view: ReturnType<typeof useView>): void {
  const opening = useRef(view)
  useEffect(() => {
    const { selection, camera } = opening.current
    if (selection && !camera) requestFocus(selection)
  }, [])
}
