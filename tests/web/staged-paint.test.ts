import type { Map as MapLibreMap } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { StagedPaint } from '../../web/map/staged-paint.ts'
import { offlineStyle } from '../../web/map/style/basemap-style.ts'

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] }

/** The part of a map StagedPaint uses: sources that record setData, layers with visibility. */
function fakeMap() {
  const sent: string[] = []
  const visibility = new Map(
    offlineStyle('en', 'https://map.example/', true).layers.map((layer) => [
      layer.id,
      (layer.layout as { visibility?: string } | undefined)?.visibility ?? 'visible',
    ]),
  )
  const map = {
    getSource: (id: string) => ({ setData: () => sent.push(id) }),
    getLayer: (id: string) => (visibility.has(id) ? { id } : undefined),
    getLayoutProperty: (id: string) => visibility.get(id),
    setLayoutProperty: (id: string, _name: string, value: string) => visibility.set(id, value),
  }
  return { map: map as unknown as MapLibreMap, sent, visibility }
}

describe('StagedPaint', () => {
  it('sends districts, parks and sites at once and holds the rest until the second stage', () => {
    const { map, sent, visibility } = fakeMap()
    const stages = new StagedPaint()
    for (const id of ['basemap', 'districts', 'parks', 'sites', 'district-labels']) {
      stages.send(map, id, EMPTY)
    }
    expect(sent).toEqual(['districts', 'parks', 'sites'])
    expect(visibility.get('districts-label')).toBe('none')
    expect(stages.start(map)).toBe(true)
    expect(sent).toEqual(['districts', 'parks', 'sites', 'basemap', 'district-labels'])
    expect([...visibility.values()].every((value) => value === 'visible')).toBe(true)
  })

  it('starts once: later data goes straight to the map', () => {
    const { map, sent } = fakeMap()
    const stages = new StagedPaint()
    stages.start(map)
    expect(stages.start(map)).toBe(false)
    stages.send(map, 'basemap', EMPTY)
    expect(sent).toEqual(['basemap'])
  })
})
