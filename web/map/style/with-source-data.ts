import type { StyleSpecification } from 'maplibre-gl'

/**
 * `style` with each GeoJSON source named in `data` holding that data from the start: the
 * worker gets it with its first load of the source, instead of an empty load and then the data.
 *
 * @example withSourceData(offlineStyle('zh', base), { districts }).sources.districts.data
 */
export function withSourceData(
  style: StyleSpecification,
  data: Readonly<Record<string, GeoJSON.FeatureCollection>>,
): StyleSpecification {
  const sources = { ...style.sources }
  for (const [id, collection] of Object.entries(data)) {
    const source = sources[id]
    if (source?.type === 'geojson') sources[id] = { ...source, data: collection }
  }
  return { ...style, sources }
}
