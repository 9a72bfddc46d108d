import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import { offlineStyle } from '../../web/map/style/basemap-style.ts'
import { labelFields, mapLayers } from '../../web/map/style/layers.ts'

const BASE = 'https://map.example/'

describe('the offline map style', () => {
  it.each(['zh', 'en'] as const)('is valid by the MapLibre style spec (%s)', (lang) => {
    expect(validateStyleMin(offlineStyle(lang, BASE))).toEqual([])
  })

  it('loads nothing from anywhere but its own origin: no tiles, glyphs or sprite', () => {
    const style = offlineStyle('zh', BASE)
    expect(style.glyphs).toBeUndefined()
    expect(style.sprite).toBeUndefined()
    const urls = Object.values(style['font-faces'] ?? {}).flatMap((faces) =>
      typeof faces === 'string' ? [faces] : faces.map((face) => face.url),
    )
    expect(urls.length).toBe(6) // the Noto Sans SC subset at 2 weights, Noto Sans Latin's 4 files
    expect(urls.every((url) => new URL(url).origin === new URL(BASE).origin)).toBe(true)
  })

  it('draws Chinese from one subset file per weight (its glyphs: font-subset.test.ts)', () => {
    const faces = offlineStyle('zh', BASE)['font-faces'] ?? {}
    expect(faces['Noto Sans SC Regular']).toMatch(/\/noto-sans-sc-subset-400\.woff2$/)
    expect(faces['Noto Sans SC Bold']).toMatch(/\/noto-sans-sc-subset-700\.woff2$/)
  })

  it('names every layer after its role, once', () => {
    const ids = mapLayers('en').map((layer) => layer.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of [
      'districts-fill',
      'districts-line',
      'districts-label',
      'parks-fill',
      'parks-line',
      'parks-label',
      'sites-circle',
      'sites-cluster',
      'sites-cluster-count',
      'sites-label',
      'infrastructure-symbol',
    ]) {
      expect(ids).toContain(id)
    }
  })

  it('switches every name label between languages', () => {
    const zh = JSON.stringify(labelFields('zh'))
    const en = JSON.stringify(labelFields('en'))
    expect(labelFields('zh').map(([id]) => id)).toEqual(labelFields('en').map(([id]) => id))
    expect(labelFields('en').length).toBeGreaterThanOrEqual(6)
    expect(zh).not.toEqual(en)
  })
})
