import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import type { LayerSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { offlineStyle } from '../../web/map/style/basemap-style.ts'
import { withAlpha } from '../../web/map/style/with-alpha.ts'

const BASE = 'https://map.example/'
const hidden = (layer: LayerSpecification) =>
  (layer.layout as { visibility?: string } | undefined)?.visibility === 'none'
const sourceOf = (layer: LayerSpecification) => ('source' in layer ? layer.source : undefined)
const NONE: LayerSpecification = { id: 'none', type: 'background' }
const firstStage = () => offlineStyle('zh', BASE, true).layers.filter((layer) => !hidden(layer))

/**
 * The shader program a layer needs, as MapLibre keys it: the layer's program and, per paint
 * property, whether it is a constant (uniform), read from features (attribute) or from features
 * and zoom (composite). Constants are left out (unset properties are constants too).
 */
function programKey(layer: LayerSpecification): string {
  const paint = (layer.paint ?? {}) as Record<string, unknown>
  const program =
    'fill-pattern' in paint ? 'fill-pattern' : 'line-dasharray' in paint ? 'line-sdf' : layer.type
  const kinds = Object.entries(paint)
    .filter(([, value]) => Array.isArray(value) && typeof value[0] === 'string')
    .map(([name, value]) => `${name}:${JSON.stringify(value).includes('"zoom"') ? 'z' : 'a'}`)
  return [program, ...kinds.sort()].join('/')
}

describe('the staged first paint of a live map', () => {
  it('draws only districts, parks and sites in its first stage, with no symbol layer', () => {
    const sources = new Set(firstStage().flatMap((layer) => sourceOf(layer) ?? []))
    expect([...sources].sort()).toEqual(['districts', 'parks', 'selected-site', 'sites'])
    expect(firstStage().filter((layer) => layer.type === 'symbol')).toEqual([])
  })

  it('draws every layer in its second stage: only visibility differs from a print', () => {
    const staged = offlineStyle('en', BASE, true).layers
    const print = offlineStyle('en', BASE).layers
    expect(print.filter(hidden)).toEqual([])
    expect(staged.map((layer) => layer.id)).toEqual(print.map((layer) => layer.id))
    const unhide = (layer: LayerSpecification) => {
      const { visibility: _visibility, ...layout } = (layer.layout ?? {}) as Record<string, unknown>
      return { ...layer, layout }
    }
    expect(staged.map(unhide)).toEqual(print.map(unhide))
    expect(validateStyleMin(offlineStyle('en', BASE, true))).toEqual([])
  })

  it('shares shader programs between its layers (a software GPU compiles each slowly)', () => {
    const key = (id: string) => programKey(firstStage().find((layer) => layer.id === id) ?? NONE)
    expect(key('parks-fill')).toBe(key('districts-fill'))
    expect(key('parks-ring')).toBe(key('parks-line-partial'))
    expect(key('sites-cluster')).toBe(key('parks-point'))
    expect(key('parks-fill-partial-tint')).toBe(key('districts-fill'))
    expect(new Set(firstStage().map(programKey)).size).toBeLessThanOrEqual(9)
  })

  it('fills with no image in its first stage: a partial outline is tinted, hatched later', () => {
    const paints = firstStage().map((layer) => Object.keys(layer.paint ?? {}))
    expect(paints.flat().filter((name) => name.endsWith('-pattern'))).toEqual([])
    const staged = offlineStyle('zh', BASE, true).layers
    const filterOf = (id: string) => {
      const layer = staged.find((candidate) => candidate.id === id) ?? NONE
      return 'filter' in layer ? layer.filter : undefined
    }
    expect(hidden(staged.find((layer) => layer.id === 'parks-fill-partial') ?? NONE)).toBe(true)
    expect(filterOf('parks-fill-partial-tint')).toEqual(filterOf('parks-fill-partial'))
  })

  it('leaves out the anti-aliasing outline of fills whose edge a line layer draws', () => {
    const paint = (id: string) =>
      (firstStage().find((layer) => layer.id === id)?.paint ?? {}) as Record<string, unknown>
    for (const [fill, line] of [
      ['districts-fill', 'districts-line'],
      ['parks-fill', 'parks-line'],
      ['parks-fill-partial-tint', 'parks-line-partial'],
    ] as const) {
      expect(paint(fill)['fill-antialias']).toBe(false)
      expect(firstStage().some((layer) => layer.id === line)).toBe(true)
    }
  })
})

describe('withAlpha', () => {
  it('turns #rrggbb and an opacity into rgba()', () => {
    expect(withAlpha('#5b4fc7', 0.16)).toBe('rgba(91,79,199,0.16)')
  })

  it('refuses a colour that is not #rrggbb, naming it', () => {
    expect(() => withAlpha('rebeccapurple', 1)).toThrow(/#rrggbb.*rebeccapurple/)
  })
})
