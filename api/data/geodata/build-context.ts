/**
 * Builds the basemap's context beyond the project's own base layers (run after changing a
 * source; the output is committed):
 *
 *   npx tsx api/data/geodata/build-context.ts
 *
 * - `geodata/region.geojson`: land (`role: land`) and sea (`role: sea`) over the whole area the
 *   camera can show, from Natural Earth 1:10m land (npm `world-atlas` 2.0.2 = NE 4.1.0,
 *   public domain), clipped to `REGION`, simplified to ~300 m. The detailed layers (OSM sea,
 *   neighbours, districts) are drawn over it inside their own box.
 * - `geodata/context.geojson`: Natural Earth built-up areas, rivers, the Beidagang reservoir,
 *   places and Beijing Capital airport (from `/work/shared/geodata-sources/natural-earth/`,
 *   public domain), with the Chinese names NE 4.0.0 lacks added here; and the borders of the
 *   neighbouring provinces (`role: border`) taken from `geodata/neighbours.geojson` without
 *   the straight edges of its clip box, which are not borders.
 */
import { readFileSync } from 'node:fs'
import bboxClip from '@turf/bbox-clip'
import bboxPolygon from '@turf/bbox-polygon'
import difference from '@turf/difference'
import { featureCollection } from '@turf/helpers'
import rewind from '@turf/rewind'
import simplify from '@turf/simplify'
import { feature as topoFeature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { repoPath, writeFeatureCollection } from './geojson-file.ts'

/** `[west, south, east, north]` the land and sea cover: wider than any view the camera allows. */
export const REGION: [number, number, number, number] = [104, 30, 131, 47]
const NE_DIR = process.env.NATURAL_EARTH_DIR ?? '/work/shared/geodata-sources/natural-earth'

type Feature = GeoJSON.Feature<GeoJSON.Geometry, Record<string, unknown>>
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T
const neFeatures = (file: string) =>
  readJson<GeoJSON.FeatureCollection>(`${NE_DIR}/${file}`).features as Feature[]

/** Rounds every coordinate to `digits` decimals, dropping repeated points. */
function rounded<G extends GeoJSON.Geometry>(geometry: G, digits: number): G {
  const f = 10 ** digits
  const walk = (c: unknown): unknown =>
    Array.isArray(c) && typeof c[0] === 'number'
      ? c.map((v: number) => Math.round(v * f) / f)
      : Array.isArray(c)
        ? c
            .map(walk)
            .filter((p, i, all) => i === 0 || JSON.stringify(p) !== JSON.stringify(all[i - 1]))
        : c
  return { ...geometry, coordinates: walk((geometry as { coordinates: unknown }).coordinates) } as G
}

function regionLayers(): Feature[] {
  const topology = readJson<Topology>(repoPath('node_modules/world-atlas/land-10m.json'))
  const land = topoFeature(topology, topology.objects.land as GeometryCollection)
  const box = bboxPolygon(REGION)
  const parts = land.features.flatMap((f) => {
    const clipped = bboxClip(f as GeoJSON.Feature<GeoJSON.MultiPolygon>, REGION)
    const geometry = clipped.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon
    const polygons: GeoJSON.Position[][][] =
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
    return polygons.filter((p) => (p[0]?.length ?? 0) >= 4)
  })
  const landFeature = rewind(
    simplify(
      {
        type: 'Feature',
        properties: { role: 'land' },
        geometry: { type: 'MultiPolygon', coordinates: parts },
      },
      { tolerance: 0.003, highQuality: true },
    ),
  ) as GeoJSON.Feature<GeoJSON.MultiPolygon>
  const cut = difference(
    featureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>([box, landFeature]),
  )
  if (!cut) throw new Error('no sea left in the region')
  const sea = rewind(cut) as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>
  return [
    { ...landFeature, geometry: rounded(landFeature.geometry, 4) } as Feature,
    { type: 'Feature', properties: { role: 'sea' }, geometry: rounded(sea.geometry, 4) },
  ]
}

/** Chinese and English names NE 4.0.0 lacks, for the rivers, the reservoir and the airport. */
const NAMES: Record<string, { name_zh: string; name_en: string }> = {
  Yongding: { name_zh: '永定河', name_en: 'Yongding River' },
  Luan: { name_zh: '滦河', name_en: 'Luan River' },
  'Baidagang Shuiku': { name_zh: '北大港水库', name_en: 'Beidagang Reservoir' },
  'Beijing Capital': { name_zh: '北京首都国际机场', name_en: 'Beijing Capital Airport (PEK)' },
}

function contextLayers(): Feature[] {
  const named = (role: string, f: Feature, names = NAMES[String(f.properties.name)]) => ({
    type: 'Feature' as const,
    properties: { role, name_zh: names?.name_zh ?? '', name_en: names?.name_en ?? '' },
    geometry: rounded(f.geometry, 5),
  })
  return [
    ...neFeatures('ne-urban-areas.geojson').map((f) => named('urban', f, undefined)),
    // The Hai is drawn from the project's own, more precise `haihe.geojson`.
    ...neFeatures('ne-rivers.geojson')
      .filter((f) => f.properties.name !== 'Hai')
      .map((f) => named('river', f)),
    ...neFeatures('ne-lakes.geojson').map((f) => named('lake', f)),
    // Tianjin itself is the whole map; the airport of Tianjin is in infrastructure.geojson.
    ...neFeatures('ne-places.geojson')
      .filter((f) => f.properties.name !== 'Tianjin')
      .map((f) => ({
        ...named('place', f),
        properties: {
          role: 'place',
          name_zh: String(f.properties.name_zh),
          name_en: String(f.properties.name_en),
          rank: Number(f.properties.scalerank),
        },
      })),
    ...neFeatures('ne-airports.geojson')
      .filter((f) => f.properties.iata_code !== 'TSN')
      .map((f) => named('airport', f)),
    neighbourBorders(),
  ]
}

/** The neighbours' outlines without the straight edges of the box they were clipped to. */
function neighbourBorders(): Feature {
  const neighbours = readJson<GeoJSON.FeatureCollection>(repoPath('geodata/neighbours.geojson'))
  const xs: number[] = []
  const ys: number[] = []
  const rings = neighbours.features.flatMap((f) => {
    const g = f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon
    return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()
  })
  for (const ring of rings) {
    for (const [x = 0, y = 0] of ring) {
      xs.push(x)
      ys.push(y)
    }
  }
  const [w, s, e, n] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]
  const onEdge = (p: GeoJSON.Position) =>
    Math.abs((p[0] ?? 0) - w) < 1e-6 ||
    Math.abs((p[0] ?? 0) - e) < 1e-6 ||
    Math.abs((p[1] ?? 0) - s) < 1e-6 ||
    Math.abs((p[1] ?? 0) - n) < 1e-6
  const lines: GeoJSON.Position[][] = []
  for (const ring of rings) {
    let line: GeoJSON.Position[] = []
    for (let i = 0; i + 1 < ring.length; i++) {
      const [a, b] = [ring[i] ?? [], ring[i + 1] ?? []]
      if (onEdge(a) && onEdge(b)) {
        if (line.length > 1) lines.push(line)
        line = []
        continue
      }
      if (line.length === 0) line.push(a)
      line.push(b)
    }
    if (line.length > 1) lines.push(line)
  }
  return {
    type: 'Feature',
    properties: { role: 'border', name_zh: '', name_en: '' },
    geometry: { type: 'MultiLineString', coordinates: lines },
  }
}

writeFeatureCollection('geodata/region.geojson', regionLayers(), {
  name: 'Land and sea around Tianjin (Natural Earth 1:10m)',
})
writeFeatureCollection('geodata/context.geojson', contextLayers(), {
  name: 'Context around Tianjin: Natural Earth built-up areas, rivers, reservoir, places, airport; neighbour borders',
})
console.log('wrote geodata/region.geojson and geodata/context.geojson')
