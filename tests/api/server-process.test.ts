import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFixtureDataset } from './fixtures/fixture-dataset.ts'
import { writeFixtureDataDir } from './fixtures/write-data-dir.ts'
import { WEB_INDEX_HTML, writeWebDir } from './fixtures/write-web-dir.ts'
import { type ServerProcess, startServer, stopServers } from './server-process.ts'

let tmp = ''
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'tianjin-server-'))
})
afterAll(async () => {
  await stopServers()
  await rm(tmp, { recursive: true, force: true })
})

describe('the server process on good data', () => {
  let server: ServerProcess
  let base = ''
  beforeAll(async () => {
    const dataDir = join(tmp, 'good')
    const webDir = join(tmp, 'web')
    await writeFixtureDataDir(dataDir, createFixtureDataset())
    await writeWebDir(webDir)
    server = startServer({
      DATA_DIR: dataDir,
      WEB_DIR: webDir,
      EMBED_FRAME_ANCESTORS: 'https://news.example',
    })
    base = `http://127.0.0.1:${await server.listening}`
  })

  it('serves /api over HTTP with compression and ETags', async () => {
    const health = await fetch(`${base}/api/health`)
    expect(await health.json()).toMatchObject({ status: 'ok', counts: { sites: 20, parks: 9 } })
    const sites = await fetch(`${base}/api/sites?sector=wind`, {
      headers: { 'accept-encoding': 'br' },
    })
    expect(sites.headers.get('content-encoding')).toBe('br')
    expect(await sites.json()).toMatchObject({ total: 5 })
    const again = await fetch(`${base}/api/sites?sector=wind`, {
      headers: { 'accept-encoding': 'br', 'if-none-match': sites.headers.get('etag') ?? '' },
    })
    expect(again.status).toBe(304)
  })

  it('serves the web app with SPA fallback and the embed frame allow-list', async () => {
    const page = await fetch(`${base}/parks/teda`)
    expect(await page.text()).toBe(WEB_INDEX_HTML)
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    const embed = await fetch(`${base}/embed`)
    expect(embed.headers.get('content-security-policy')).toMatch(
      /frame-ancestors https:\/\/news\.example$/,
    )
    const missing = await fetch(`${base}/api/missing`)
    expect(missing.status).toBe(404)
  })
})

describe('the server process on broken data', () => {
  it('exits non-zero naming the file, feature and field when a feature breaks the schema', async () => {
    const dataDir = join(tmp, 'bad-schema')
    await writeFixtureDataDir(dataDir, createFixtureDataset())
    const file = join(dataDir, 'geodata/sites.geojson')
    const sites = JSON.parse(await readFile(file, 'utf8'))
    sites.features[0].properties.location_precision = 'precise'
    await writeFile(file, JSON.stringify(sites))
    const server = startServer({ DATA_DIR: dataDir })
    expect(await server.exited).toBe(1)
    expect(server.output()).toMatch(
      /geodata\/sites\.geojson.*tianjin-lishen-battery.*location_precision/,
    )
    expect(server.output()).not.toMatch(/listening/)
  })

  it('exits non-zero naming the file, feature and field when a data check fails', async () => {
    const dataDir = join(tmp, 'bad-check')
    const ds = createFixtureDataset()
    const vestas = ds.sites.find((s) => s.properties.id === 'vestas-wind-tianjin')
    if (vestas) vestas.properties.district_code = '120101'
    await writeFixtureDataDir(dataDir, ds)
    const server = startServer({ DATA_DIR: dataDir })
    expect(await server.exited).toBe(1)
    expect(server.output()).toMatch(
      /geodata\/sites\.geojson · vestas-wind-tianjin · properties\.district_code/,
    )
  })

  it('exits non-zero when a data file is missing', async () => {
    const server = startServer({ DATA_DIR: join(tmp, 'nowhere') })
    expect(await server.exited).toBe(1)
    expect(server.output()).toMatch(/seeds\/extracted\/documents\.json: file not found/)
  })
})
