import { useQuery } from '@tanstack/react-query'
import circle from '@turf/circle'
import { useMemo } from 'react'
import { parkListQuery } from '../../lib/queries/parks.ts'
import { siteListQuery } from '../../lib/queries/sites.ts'
import type { Selection } from '../../lib/url/view-url.ts'
import { MapView } from '../../map/map-view.tsx'
import { MapLayer, MapSource } from '../../map/overlay/map-declarations.tsx'
import { usePlaceSources } from '../../map/sources/use-place-sources.ts'
import { BRIEF_CENTRE_LAYER, BRIEF_RADIUS_LAYER, BRIEF_SOURCE } from './brief-map-layers.ts'

export interface BriefMapProps {
  center: [number, number]
  radiusKm: number
  selected: Selection | null
  alt: string
  caption: string
  /** Called once the image has loaded (or with an error). */
  onDone: (error: Error | null) => void
}

/**
 * The brief's map as an image: the map in snapshot mode, every park and site, the place
 * selected and the analysis circle filling the frame.
 */
export function BriefMap(props: BriefMapProps) {
  const parks = useQuery(parkListQuery()).data
  const sites = useQuery(siteListQuery()).data
  const shown = useMemo(
    () => (parks && sites ? { parks: parks.features, sites: sites.features } : null),
    [parks, sites],
  )
  const selectedSite = props.selected?.kind === 'site' ? props.selected.id : null
  const sources = usePlaceSources(shown, selectedSite)
  const [lng, lat] = props.center
  const { radiusKm } = props
  const ring = useMemo(
    () => circle([lng, lat], radiusKm, { units: 'kilometers', steps: 128 }),
    [lng, lat, radiusKm],
  )
  const centre = useMemo(
    (): GeoJSON.Point => ({ type: 'Point', coordinates: [lng, lat] }),
    [lng, lat],
  )
  return (
    <figure className="brief-map">
      <MapView
        mode="snapshot"
        sources={sources}
        selection={props.selected}
        bounds={ringBounds(ring)}
        paddingPx={18}
        alt={props.alt}
        testId="brief-map-image"
        className="brief-map-canvas"
        onSnapshot={props.onDone}
      >
        <MapSource id={BRIEF_SOURCE.radius} data={ring} />
        <MapSource id={BRIEF_SOURCE.centre} data={centre} />
        <MapLayer layer={BRIEF_RADIUS_LAYER} />
        <MapLayer layer={BRIEF_CENTRE_LAYER} />
      </MapView>
      <figcaption>{props.caption}</figcaption>
    </figure>
  )
}

/** `[[west, south], [east, north]]` of the ring. */
function ringBounds(ring: GeoJSON.Feature<GeoJSON.Polygon>): [[number, number], [number, number]] {
  const coords = ring.geometry.coordinates[0] ?? []
  const lngs = coords.map((c) => c[0] ?? 0)
  const lats = coords.map((c) => c[1] ?? 0)
  return [
    [Math.min(...lngs), Math.min(...lats)],
    [Math.max(...lngs), Math.max(...lats)],
  ]
}
