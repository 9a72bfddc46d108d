import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchSites } from './api-data.ts'
import { DESKTOP } from './driver.ts'
import { JOURNEY_MS, setupMapApp } from './e2e-setup.ts'

/** Issue 11 #3: an operator points the app at an online or self-hosted basemap at run time. */
let styleServer: Server | undefined
let styleUrl = ''

/** A tiny self-hosted style on another origin (a loopback port): one background layer. */
beforeAll(async () => {
  styleServer = createServer((request, response) => {
    if (request.url !== '/style.json') {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, {
      'Content-Type': 'application/json',
      'Access-Control-Allow-Origin': '*',
    })
    response.end(
      JSON.stringify({
        version: 8,
        name: 'operator-style',
        sources: {},
        layers: [
          {
            id: 'operator-background',
            type: 'background',
            paint: { 'background-color': '#dde6ee' },
          },
        ],
      }),
    )
  })
  await new Promise<void>((resolve) => styleServer?.listen(0, '127.0.0.1', resolve))
  const address = styleServer.address()
  styleUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/style.json`
})
afterAll(
  () =>
    new Promise<void>((resolve) => (styleServer ? styleServer.close(() => resolve()) : resolve())),
)

const app = setupMapApp({ env: () => ({ BASEMAP_STYLE_URL: styleUrl }) })

describe('a basemap style set by the operator at run time', { timeout: JOURNEY_MS }, () => {
  it('draws the project’s layers over the style BASEMAP_STYLE_URL names, allowed by the CSP (desktop, en)', async () => {
    const config = (await (await fetch(`${app.baseUrl}/api/config`)).json()) as Record<
      string,
      unknown
    >
    expect(config.basemap_style_url).toBe(styleUrl)
    const csp = (await fetch(`${app.baseUrl}/`)).headers.get('content-security-policy') ?? ''
    expect(csp).toContain(`connect-src 'self' ${new URL(styleUrl).origin}`)
    const map = await app.open({ viewport: DESKTOP })
    await map.openApp('?lang=en')
    expect(map.requests).toContain(styleUrl)
    const layers = await map.page.evaluate(() =>
      (globalThis as unknown as { __map: { getLayerIds(): string[] } }).__map.getLayerIds(),
    )
    expect(layers[0]).toBe('operator-background')
    expect(layers).toContain('sites-cluster')
    expect(layers).not.toContain('region-land-fill')
    expect(await map.visibleSiteCount()).toBe((await fetchSites(app.baseUrl)).length)
    expect(map.errors).toEqual([])
  })
})
