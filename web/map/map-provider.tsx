import { createContext, type ReactNode, useContext, useMemo } from 'react'
import { createStore, type Store } from '../lib/stores/create-store.ts'

/** What a page may do with its map without holding the MapLibre instance. */
export interface MapHandle {
  /**
   * The next rendered frame copied into a 2D canvas (for the PNG export). The copy is taken
   * inside the `render` event, while the WebGL drawing buffer still holds the frame.
   */
  snapshot(): Promise<HTMLCanvasElement>
  /**
   * Where the map looks now: the centre of its canvas `[lng, lat]`, the zoom, and device
   * pixels per CSS pixel of its canvas (for a scale bar on a snapshot).
   */
  frame(): { center: [number, number]; zoom: number; pixelRatio: number }
  /** Moves keyboard focus onto the map (its canvas, the "Map" region: arrows pan, +/- zoom). */
  focus(): void
}

const MapHandleContext = createContext<Store<MapHandle | null> | null>(null)

/**
 * Lets components beside the map (an export button in a panel) reach it through `useMap()`,
 * as react-map-gl's `<MapProvider>` does. `<MapView>` registers itself in the nearest one.
 */
export function MapProvider(props: { children: ReactNode }) {
  const handle = useMemo(() => createStore<MapHandle | null>(null), [])
  return <MapHandleContext value={handle}>{props.children}</MapHandleContext>
}

const NO_PROVIDER = createStore<MapHandle | null>(null)

/**
 * The map of the nearest `<MapProvider>` once it has drawn its districts, parks and sites for
 * the first time; null before (or without a provider).
 */
export function useMap(): MapHandle | null {
  return (useContext(MapHandleContext) ?? NO_PROVIDER).use()
}

/** Where a `<MapView>` registers its handle (null outside a provider). */
export function useMapHandleSlot(): Store<MapHandle | null> | null {
  return useContext(MapHandleContext)
}
