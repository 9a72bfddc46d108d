import {
  createExpression,
  featureFilter,
  latest,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec'
import type { LayerSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import SECTORS from '../../seeds/extracted/sectors.json' with { type: 'json' }
import { SOURCE } from '../../web/map/sources/sources.ts'
import { siteBlockerLayers, siteLayers } from '../../web/map/style/site-layers.ts'
import { tiledSiteLayer, visibleClusterSites } from '../../web/map/style/tiled-site-filter.ts'

/** The sites layers as the tiled map has them (on the tiles' `sites` layer). */
const tiledLayers = [...siteLayers(), ...siteBlockerLayers()].map(
  (layer) => ({ ...layer, 'source-layer': 'sites' }) as LayerSpecification,
)
const layer = (id: string, hidden: string[]) => {
  const found = tiledLayers.find((l) => l.id === id)
  if (!found) throw new Error(`no layer ${id}`)
  return tiledSiteLayer(found, hidden)
}

type Properties = Record<string, string | number | boolean>
/** Whether `layerId` draws a feature with `properties` while `hidden` sectors are off. */
function draws(layerId: string, hidden: string[], properties: Properties): boolean {
  const spec = layer(layerId, hidden)
  const filter = featureFilter('filter' in spec ? spec.filter : undefined, 'layers[0].filter')
  return filter.filter({ zoom: 8 }, { type: 1, properties })
}

/** The value of a layout or paint property of `layerId` for a feature at zoom 8. */
function evaluate(layerId: string, hidden: string[], key: string, properties: Properties) {
  const spec = layer(layerId, hidden) as { type: string; layout?: object; paint?: object }
  const group = spec.layout && key in spec.layout ? 'layout' : 'paint'
  const value = (spec[group] as Record<string, unknown>)[key]
  const propertySpec = (latest as unknown as Record<string, Record<string, unknown>>)[
    `${group}_${spec.type}`
  ]?.[key]
  const parsed = createExpression(value, `layers[0].${group}.${key}`, propertySpec as never)
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value))
  return parsed.value.evaluate({ zoom: 8 }, { type: 1, properties })
}

const cluster = (count: number, bySector: Record<string, number>): Properties => ({
  cluster: true,
  point_count: count,
  point_count_abbreviated: count,
  ...Object.fromEntries(Object.entries(bySector).map(([s, n]) => [`sites:${s}`, n])),
})

describe('the tiled sites layers with sectors switched off', () => {
  it('are the style’s own layers while every sector is on', () => {
    for (const spec of tiledLayers) expect(tiledSiteLayer(spec, [])).toBe(spec)
  })

  it('are valid style layers', () => {
    const hidden = SECTORS.map((sector) => sector.id)
    const style = {
      version: 8 as const,
      sources: { [SOURCE.sites]: { type: 'vector' as const, tiles: ['http://x/{z}/{x}/{y}'] } },
      glyphs: 'http://x/{fontstack}/{range}.pbf',
      layers: tiledLayers.map((spec) => tiledSiteLayer(spec, hidden)),
    }
    const errors = validateStyleMin(style).filter((e) => !/image|sprite/.test(e.message))
    expect(errors).toEqual([])
  })

  it('hide a site of a switched-off primary sector and show one of a sector still on', () => {
    const site = { id: 's1', sector: 'wind', precision: 'exact', color: '#000' }
    expect(draws('sites-circle', ['wind'], site)).toBe(false)
    expect(draws('sites-cluster-count', ['wind'], site)).toBe(false)
    expect(draws('sites-circle', ['solar-pv'], site)).toBe(true)
    expect(draws('sites-cluster', ['solar-pv'], site)).toBe(false)
  })

  it('hide a cluster whose every site is of a switched-off sector', () => {
    const mixed = cluster(12, { wind: 5, 'solar-pv': 7 })
    expect(draws('sites-cluster', ['wind'], mixed)).toBe(true)
    expect(draws('sites-cluster', ['wind', 'solar-pv'], mixed)).toBe(false)
    expect(draws('sites-cluster-count', ['wind', 'solar-pv'], mixed)).toBe(false)
    expect(draws('sites-circle', ['wind'], mixed)).toBe(false)
  })

  it('count and size a cluster by its sites of the sectors still on', () => {
    const mixed = cluster(12, { wind: 5, 'solar-pv': 7 })
    expect(evaluate('sites-cluster-count', ['wind'], 'text-field', mixed).toString()).toBe('7')
    expect(evaluate('sites-cluster-count', ['solar-pv'], 'text-field', mixed).toString()).toBe('5')
    const [small, medium] = [
      evaluate('sites-cluster', ['wind'], 'circle-radius', mixed),
      evaluate('sites-cluster', ['nev'], 'circle-radius', mixed),
    ]
    expect(small).toBeLessThan(Number(medium)) // 7 sites is a small bubble, 12 a medium one
  })

  it('abbreviate large visible counts as the tiles do', () => {
    const text = (count: number, wind: number) =>
      evaluate('sites-cluster-count', ['wind'], 'text-field', cluster(count, { wind })).toString()
    expect(text(12_345 + 600, 600)).toBe('12k')
    expect(text(1_234 + 66, 66)).toBe('1.2k')
    expect(text(999 + 1, 1)).toBe('999')
  })

  it('give a hovered cluster’s count without the switched-off sectors', () => {
    const mixed = cluster(12, { wind: 5, 'solar-pv': 7 })
    expect(visibleClusterSites(mixed, ['wind'])).toBe(7)
    expect(visibleClusterSites(mixed, [])).toBe(12)
    expect(visibleClusterSites({ point_count: 4 }, ['wind'])).toBe(4)
  })
})
