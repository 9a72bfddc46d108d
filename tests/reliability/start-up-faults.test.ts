import { readFile, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer } from '../api/server-process.ts'
import { serverFixtureForFile } from './server-fixture.ts'

const fixture = serverFixtureForFile()

const SITES = 'geodata/sites.geojson'

/** Starts the server, expects exit 1 without listening, returns its stderr lines. */
async function expectRefusal(env: Record<string, string>) {
  const server = startServer({ ...fixture.current.env, ...env })
  const listening = server.listening.then(() => 'listening')
  expect(await Promise.race([server.exited, listening]), server.output()).toBe(1)
  expect(server.output()).not.toMatch(/listening on/)
  return server.errors().trim().split('\n')
}

/** A copy of the fixture data with `geodata/sites.geojson` rewritten by `edit`. */
async function withSites(name: string, edit: (text: string) => string) {
  const dir = await fixture.current.copyData(name)
  const file = join(dir, SITES)
  await writeFile(file, edit(await readFile(file, 'utf8')))
  return dir
}

describe('start-up with broken data files stops before listening', () => {
  it('names a truncated file', async () => {
    const dir = await withSites('truncated', (text) => text.slice(0, text.length / 2))
    const lines = await expectRefusal({ DATA_DIR: dir })
    expect(lines).toContainEqual(expect.stringMatching(/^geodata\/sites\.geojson: invalid JSON/))
  })

  it('names an empty (zero-byte) file', async () => {
    const dir = await withSites('zero-bytes', () => '')
    const lines = await expectRefusal({ DATA_DIR: dir })
    expect(lines).toContainEqual(expect.stringMatching(/^geodata\/sites\.geojson: invalid JSON/))
  })

  it('refuses a sites layer without features (never a half-served map)', async () => {
    const dir = await withSites('no-sites', () => '{"type":"FeatureCollection","features":[]}')
    const lines = await expectRefusal({ DATA_DIR: dir })
    expect(lines.join('\n')).toMatch(/geodata\/sites\.geojson.*holds no features/)
  })

  it('names a UTF-8 byte-order mark instead of "Unexpected token"', async () => {
    const dir = await withSites('bom', (text) => `\uFEFF${text}`)
    const lines = await expectRefusal({ DATA_DIR: dir })
    expect(lines).toContainEqual(
      'geodata/sites.geojson: starts with a UTF-8 byte-order mark (BOM); save it as UTF-8 without BOM',
    )
  })

  it('refuses a file over DATA_MAX_FILE_MB, naming size, limit and the variable', async () => {
    const dir = await withSites('oversized', (text) => `${text}${' '.repeat(200_000)}`)
    const lines = await expectRefusal({ DATA_DIR: dir, DATA_MAX_FILE_MB: '0.1' })
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^geodata\/sites\.geojson: 0\.2 MB is over the 0\.1 MB limit for one data file \(raise it with DATA_MAX_FILE_MB\)$/,
      ),
    )
  })
})

describe('start-up with a bad environment says so in one line', () => {
  let occupied: Server
  let busyPort = 0
  beforeAll(async () => {
    occupied = createServer()
    await new Promise<void>((resolve) => occupied.listen(0, '127.0.0.1', resolve))
    const address = occupied.address()
    busyPort = typeof address === 'object' && address ? address.port : 0
  })
  afterAll(() => new Promise<void>((resolve) => occupied.close(() => resolve())))

  it('when the port is in use', async () => {
    expect(await expectRefusal({ PORT: String(busyPort) })).toEqual([
      `server: cannot listen on 127.0.0.1:${busyPort}: the port is already in use (set PORT to another)`,
    ])
  })

  it('when HOST is not a host name, before loading any data', async () => {
    expect(await expectRefusal({ HOST: 'not a host!' })).toEqual([
      'server: HOST: must be an IP address or a host name, got "not a host!"',
    ])
  })

  it('when HOST is no address of this machine', async () => {
    const lines = await expectRefusal({ HOST: '203.0.113.7' })
    expect(lines).toEqual([
      'server: cannot listen on 203.0.113.7:0: this machine has no such address (set HOST to one of its addresses)',
    ])
  })

  it('when the edit database cannot be reached', async () => {
    const lines = await expectRefusal({ DATABASE_URL: 'postgres://map@127.0.0.1:1/map' })
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^server: cannot open the edit database: .*ECONNREFUSED/)
  })

  it('when another process holds the embedded edit database', async () => {
    const stateDir = await fixture.current.copyData('held-state')
    await writeFile(join(stateDir, 'pglite.lock'), String(process.pid))
    const lines = await expectRefusal({ STATE_DIR: stateDir })
    expect(lines).toEqual([
      expect.stringMatching(
        /^server: cannot open the edit database: the embedded database in .* is already open \(process \d+/,
      ),
    ])
  })

  it.each([
    ['PORT', '', 'PORT is set but empty; unset it for the default'],
    ['PORT', '0x10', 'PORT: must be a whole number from 0 to 65535, got "0x10"'],
    ['PORT', '1e3', 'PORT: must be a whole number from 0 to 65535, got "1e3"'],
    ['PORT', '65536', 'PORT: must be a whole number from 0 to 65535, got "65536"'],
    ['PORT', ' 80', 'PORT: must be a whole number from 0 to 65535, got " 80"'],
    [
      'EMBED_FRAME_ANCESTORS',
      ' ',
      'EMBED_FRAME_ANCESTORS is set but empty; unset it to allow any site ("*"), or list sources',
    ],
    ['EMBED_FRAME_ANCESTORS', '-', 'EMBED_FRAME_ANCESTORS: "-" is not a CSP source'],
    ['EMBED_FRAME_ANCESTORS', '..', 'EMBED_FRAME_ANCESTORS: ".." is not a CSP source'],
    ['DATA_DIR', '', 'DATA_DIR is set but empty; unset it for the default'],
    ['DATA_MAX_FILE_MB', 'lots', 'DATA_MAX_FILE_MB: must be a positive number of megabytes'],
    ['SHUTDOWN_GRACE_MS', '-1', 'SHUTDOWN_GRACE_MS: must be a whole number of milliseconds'],
    ['DATABASE_URL', 'mysql://map@db/map', 'DATABASE_URL: must be a PostgreSQL URL'],
    ['TRUST_PROXY', 'yes', 'TRUST_PROXY: must be a number of proxies from 0 to 10'],
  ])('when %s is %j', async (name, value, message) => {
    const lines = await expectRefusal({ [name]: value })
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(`server: ${message}`)
  })
})
