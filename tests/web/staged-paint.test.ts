import type { Map as MapLibreMap } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { StagedPaint } from '../../web/map/staged-paint.ts'
import { offlineStyle } from '../../web/map/style/basemap-style.ts'

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] }

/**
 * The part of a map StagedPaint uses: sources that record setData and say whether they are
 * loaded, `sourcedata` listeners, layers with visibility.
 */
function fakeMap() {
  const sent: string[] = []
  const loaded = new Set<string>()
  const listeners = new Set<() => void>()
  const visibility = new Map(
    offlineStyle('en', 'https://map.example/', true).layers.map((layer) => [
      layer.id,
      (layer.layout as { visibility?: string } | undefined)?.visibility ?? 'visible',
    ]),
  )
  const map = {
    getSource: (id: string) => ({ setData: () => sent.push(id) }),
    isSourceLoaded: (id: string) => loaded.has(id),
    on: (_type: string, listener: () => void) => listeners.add(listener),
    off: (_type: string, listener: () => void) => listeners.delete(listener),
    getLayer: (id: string) => (visibility.has(id) ? { id } : undefined),
    getLayoutProperty: (id: string) => visibility.get(id),
    setLayoutProperty: (id: string, _name: string, value: string) => visibility.set(id, value),
  }
  /** The worker has tiled source `id`. */
  const load = (id: string) => {
    loaded.add(id)
    for (const listener of [...listeners]) listener()
  }
  return { map: map as unknown as MapLibreMap, sent, visibility, load }
}

const ALL = ['basemap', 'districts', 'parks', 'sites', 'selected-site', 'district-labels']

describe('StagedPaint', () => {
  it('sends districts, parks and sites at once, the rest once those are tiled', () => {
    const { map, sent, visibility, load } = fakeMap()
    const stages = new StagedPaint()
    for (const id of ALL) stages.send(map, id, EMPTY)
    expect(sent).toEqual(['districts', 'parks', 'sites', 'selected-site'])
    for (const id of ['districts', 'parks', 'sites']) load(id)
    expect(sent).toHaveLength(4)
    load('selected-site')
    expect(sent.slice(4)).toEqual(['basemap', 'district-labels'])
    expect(visibility.get('districts-label')).toBe('none')
  })

  it('shows the deferred layers when the second stage starts, sending what is still held', () => {
    const { map, sent, visibility } = fakeMap()
    const stages = new StagedPaint()
    for (const id of ALL) stages.send(map, id, EMPTY)
    expect(stages.start(map)).toBe(true)
    expect(sent.slice(4)).toEqual(['basemap', 'district-labels'])
    expect([...visibility.values()].every((value) => value === 'visible')).toBe(true)
  })

  it("holds the rest for a map created with the first stage's data, until that is tiled", () => {
    const { map, sent, load } = fakeMap()
    const stages = new StagedPaint()
    stages.sendHeldOnceTiled(map)
    for (const id of ['basemap', 'district-labels']) stages.send(map, id, EMPTY)
    expect(sent).toEqual([])
    for (const id of ['districts', 'parks', 'sites', 'selected-site']) load(id)
    expect(sent).toEqual(['basemap', 'district-labels'])
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
