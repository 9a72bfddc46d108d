import { describe, expect, it } from 'vitest'
import { createApp } from '../../api/app.ts'
import { basemapSources, parseBasemapStyleUrl } from '../../api/routes/basemap-config.ts'
import { parseServerConfig } from '../../api/server/server-config.ts'
import { createFixtureDataset } from './fixtures/fixture-dataset.ts'

const STYLE = 'https://tiles.example.org/styles/light.json'

describe('the operator’s basemap style (BASEMAP_STYLE_URL)', () => {
  it('is off by default: /api/config says null and the CSP allows the origin only', async () => {
    const app = createApp(createFixtureDataset(), { version: 'test' })
    const response = await app.request('/api/config')
    expect(await response.json()).toMatchObject({ basemap_style_url: null })
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("connect-src 'self';")
    expect(csp).toContain("img-src 'self' data: blob:;")
  })

  it('is served by /api/config when set, and its origin alone joins connect-src and img-src', async () => {
    const app = createApp(createFixtureDataset(), { version: 'test', basemapStyleUrl: STYLE })
    const response = await app.request('/api/config')
    expect(await response.json()).toMatchObject({ basemap_style_url: STYLE })
    for (const path of ['/api/config', '/embed']) {
      const csp = (await app.request(path)).headers.get('content-security-policy') ?? ''
      expect(csp).toContain("connect-src 'self' https://tiles.example.org;")
      expect(csp).toContain("img-src 'self' data: blob: https://tiles.example.org;")
      expect(csp).toContain("font-src 'self';")
    }
  })

  it('accepts an absolute http(s) URL and nothing else, naming the variable', () => {
    expect(parseBasemapStyleUrl(` ${STYLE} `)).toBe(STYLE)
    expect(basemapSources(STYLE)).toEqual(['https://tiles.example.org'])
    expect(basemapSources(null)).toEqual([])
    expect(parseServerConfig({}, '/srv/map').basemapStyleUrl).toBeNull()
    expect(parseServerConfig({ BASEMAP_STYLE_URL: STYLE }, '/srv/map').basemapStyleUrl).toBe(STYLE)
    for (const [value, expected] of [
      ['tiles/style.json', /^BASEMAP_STYLE_URL: must be an absolute http\(s\) URL/],
      ['ftp://tiles.example.org/s.json', /^BASEMAP_STYLE_URL: must be an http\(s\) URL/],
      [
        'https://me:secret@tiles.example.org/s.json',
        /^BASEMAP_STYLE_URL: must carry no credentials/,
      ],
      [' ', /^BASEMAP_STYLE_URL is set but empty/],
    ] as const) {
      expect(() => parseServerConfig({ BASEMAP_STYLE_URL: value }, '/srv/map')).toThrow(expected)
    }
  })
})
