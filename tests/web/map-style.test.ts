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
    expect(urls.length).toBeGreaterThan(100)
    expect(urls.every((url) => new URL(url).origin === new URL(BASE).origin)).toBe(true)
  })

  it('covers common Chinese characters with the self-hosted font', () => {
    const faces = offlineStyle('zh', BASE)['font-faces']?.['Noto Sans SC Regular']
    const ranges = (Array.isArray(faces) ? faces : []).flatMap((f) => f['unicode-range'] ?? [])
    const covers = (codePoint: number) =>
      ranges.some((range) => {
        const [start, end] = range.replace('U+', '').split('-')
        const from = Number.parseInt(start ?? '', 16)
        return codePoint >= from && codePoint <= (end ? Number.parseInt(end, 16) : from)
      })
    for (const char of '天津滨海新区力神电池园区')
      expect(covers(char.codePointAt(0) ?? 0), char).toBe(true)
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
