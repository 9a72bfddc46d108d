import type { LayerSpecification } from 'maplibre-gl'
import { createContext, useContext, useEffect, useId, useRef } from 'react'
import type { Store } from '../../lib/stores/create-store.ts'
import type { Declaration, MapClickEvent } from './overlay-registry.ts'

/** Declarations of the children of a `<MapView>`, by a key per declaring component. */
export type DeclarationStore = Store<ReadonlyMap<string, Declaration>>

export const DeclarationContext = createContext<DeclarationStore | null>(null)

/** Keeps `declaration` in the map's registry while the component is mounted. */
export function useDeclaration(declaration: Declaration): void {
  const store = useContext(DeclarationContext)
  if (!store) throw new Error('map declarations belong inside a <MapView>')
  const key = useId()
  useEffect(() => {
    store.update((all) => new Map(all).set(key, declaration))
  }, [store, key, declaration])
  useEffect(
    () => () =>
      store.update((all) => {
        const rest = new Map(all)
        rest.delete(key)
        return rest
      }),
    [store, key],
  )
}

/** A GeoJSON source; new `data` (by identity) is sent to the map. */
export function MapSource(props: { id: string; data: GeoJSON.GeoJSON; promoteId?: string }) {
  const { id, data, promoteId } = props
  const declaration = useStable({ kind: 'source', id, data, ...(promoteId ? { promoteId } : {}) })
  useDeclaration(declaration)
  return null
}

/** A layer (typed data from theme tokens), drawn below `beforeId` when that layer exists. */
export function MapLayer(props: { layer: LayerSpecification; beforeId?: string }) {
  useDeclaration(useStable({ kind: 'layer', layer: props.layer, beforeId: props.beforeId }))
  return null
}

/**
 * A click handler (see `ClickDeclaration`): return true when the click is handled, so that the
 * map's own behaviour (select, open a cluster) does not follow.
 */
export function MapClick(props: {
  layers?: readonly string[]
  onClick: (event: MapClickEvent) => boolean
}) {
  const handler = useRef(props.onClick)
  handler.current = props.onClick
  const layers = props.layers?.join(',')
  const declaration = useStable({
    kind: 'click',
    layers: layers ? layers.split(',') : undefined,
    onClick: (event: MapClickEvent) => handler.current(event),
  })
  useDeclaration(declaration)
  return null
}

/** The pointer over the map while this is mounted. */
export function MapCursor(props: { cursor: string }) {
  useDeclaration(useStable({ kind: 'cursor', cursor: props.cursor }))
  return null
}

/** The same declaration object while its plain fields are equal (functions compared by kind). */
export function useStable<D extends Declaration>(next: D): D {
  const previous = useRef(next)
  const same = (Object.keys(next) as Array<keyof D>).every(
    (key) =>
      typeof next[key] === 'function' ||
      Object.is(next[key], previous.current[key]) ||
      (Array.isArray(next[key]) && String(next[key]) === String(previous.current[key])),
  )
  if (!same || Object.keys(next).length !== Object.keys(previous.current).length) {
    previous.current = next
  }
  return previous.current
}
