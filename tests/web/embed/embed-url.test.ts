import { describe, expect, it } from 'vitest'
import type { Sector } from '../../../api/domain/index.ts'
import { embedSnippet } from '../../../web/features/embed-dialog/embed-snippet.ts'
import {
  embedPageUrl,
  fullMapUrl,
  parseEmbedMode,
  withEmbedMode,
} from '../../../web/lib/url/embed-url.ts'
import { CORE_VIEW_URL, NO_FILTERS, type ViewState } from '../../../web/lib/url/view-url.ts'
import { normaliseEmbedSearch, sectorsOn } from '../../../web/shells/embed/embed-search.ts'
import { fitCamera } from '../../../web/shells/embed/fit-camera.ts'

const sector = (id: string, parent_id: string | null = null) =>
  ({
    id,
    parent_id,
    name_zh: id,
    name_en: id,
    group: '3',
    color: '#000000',
    citations: ['x-1'],
  }) as Sector
const SECTORS = [
  sector('new-energy'),
  sector('wind', 'new-energy'),
  sector('solar-pv', 'new-energy'),
  sector('biomedicine'),
]

describe('embed URLs', () => {
  it('turns c=lng,lat,zoom into the main app camera parameters', () => {
    expect(normaliseEmbedSearch('?c=117.2,39.1,9&lang=en', [])).toBe('?c=117.2,39.1&lang=en&z=9')
    expect(CORE_VIEW_URL.parse(normaliseEmbedSearch('?c=117.2,39.1,9', []), 'zh').camera).toEqual({
      center: [117.2, 39.1],
      zoom: 9,
    })
  })

  it('leaves the main app camera format as it is', () => {
    expect(normaliseEmbedSearch('?c=117.2,39.1&z=9', [])).toBe('?c=117.2,39.1&z=9')
  })

  it('turns sectors= (shown) into off= (hidden): a listed field shows alone, its parent stays off', () => {
    expect(normaliseEmbedSearch('?sectors=biomedicine', SECTORS)).toBe(
      '?off=new-energy,solar-pv,wind',
    )
    expect(normaliseEmbedSearch('?sectors=wind&view=list', SECTORS)).toBe(
      '?view=list&off=biomedicine,new-energy,solar-pv',
    )
    expect([...sectorsOn(['new-energy'], SECTORS)].sort()).toEqual([
      'new-energy',
      'solar-pv',
      'wind',
    ])
  })

  it('ignores unknown sector ids in sectors=', () => {
    expect([...sectorsOn(['atlantis', 'wind'], SECTORS)].sort()).toEqual(['wind'])
  })

  it('reads and writes view=list, leaving map mode out of the URL', () => {
    expect(parseEmbedMode('?view=list')).toBe('list')
    expect(parseEmbedMode('?view=whatever')).toBe('map')
    expect(withEmbedMode('?lang=en&view=list', 'map')).toBe('?lang=en')
    expect(withEmbedMode('?lang=en', 'list')).toBe('?lang=en&view=list')
  })

  it('links the full map and the embed at the same view', () => {
    const view: ViewState = {
      lang: 'en',
      camera: { center: [117.2, 39.13], zoom: 10 },
      hiddenSectors: ['wind'],
      filters: NO_FILTERS,
      selection: { kind: 'park', id: 'teda' },
    }
    expect(fullMapUrl('https://map.example', view)).toBe(
      'https://map.example/?lang=en&c=117.2000,39.1300&z=10.00&off=wind&sel=park:teda',
    )
    expect(embedPageUrl('https://map.example', view, 'list')).toBe(
      'https://map.example/embed?lang=en&c=117.2000,39.1300&z=10.00&off=wind&sel=park:teda&view=list',
    )
  })

  it('fits Tianjin into a 960 × 600 frame around its centre', () => {
    const camera = fitCamera(
      [
        [116.7, 38.48],
        [118.06, 40.26],
      ],
      960,
      600,
      24,
    )
    expect(camera.center[0]).toBeCloseTo(117.38, 2)
    expect(camera.center[1]).toBeGreaterThan(39.3)
    expect(camera.center[1]).toBeLessThan(39.4)
    expect(camera.zoom).toBeCloseTo(7.5, 0)
  })

  it('writes the iframe snippet with escaped attributes', () => {
    expect(embedSnippet('https://m.example/embed?a=1&b=2', 'Map "A"')).toBe(
      '<iframe src="https://m.example/embed?a=1&amp;b=2" width="100%" height="480" style="border:0" loading="lazy" title="Map &quot;A&quot;" allow="fullscreen"></iframe>',
    )
  })
})
