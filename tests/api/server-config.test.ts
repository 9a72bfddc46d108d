import { describe, expect, it } from 'vitest'
import { parseFrameAncestors } from '../../api/server/frame-ancestors.ts'
import { type ConfigError, parseServerConfig } from '../../api/server/server-config.ts'

const problems = (env: Record<string, string>) => {
  try {
    parseServerConfig(env, '/srv/map')
    return []
  } catch (error) {
    return (error as ConfigError).problems
  }
}

describe('server configuration', () => {
  it('defaults every variable that is unset', () => {
    expect(parseServerConfig({}, '/srv/map')).toEqual({
      port: 8787,
      host: '0.0.0.0',
      dataDir: '/srv/map',
      webDir: '/srv/map/dist/web',
      embedFrameAncestors: ['*'],
      maxDataFileBytes: 128 * 1024 * 1024,
      maxStreamedFileBytes: 2 * 1024 * 1024 * 1024,
      shutdownGraceMs: 8000,
      store: { stateDir: '/srv/map/.state' },
      trustProxy: 0,
      basemapStyleUrl: null,
    })
  })

  it('reads the edit database and the proxies in front', () => {
    const url = 'postgres://map:secret@db.internal:5432/map'
    expect(parseServerConfig({ DATABASE_URL: url, TRUST_PROXY: '2' }, '/srv/map')).toMatchObject({
      store: { databaseUrl: url },
      trustProxy: 2,
    })
    expect(
      parseServerConfig({ STATE_DIR: 'var/state', TRUST_PROXY: 'true' }, '/srv/map'),
    ).toMatchObject({
      store: { stateDir: '/srv/map/var/state' },
      trustProxy: 1,
    })
  })

  it.each([
    ['DATABASE_URL', ''],
    ['DATABASE_URL', 'mysql://map@db/map'],
    ['DATABASE_URL', 'postgres://'],
    ['STATE_DIR', ''],
    ['TRUST_PROXY', 'yes'],
    ['TRUST_PROXY', '11'],
    ['TRUST_PROXY', '-1'],
  ])('refuses %s=%j', (name, value) => {
    const found = problems({ [name]: value })
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(new RegExp(`^${name}`))
  })

  it('reads valid values, folders relative to the root', () => {
    const config = parseServerConfig(
      { PORT: '0', HOST: '::1', DATA_DIR: 'data', DATA_MAX_FILE_MB: '0.5', SHUTDOWN_GRACE_MS: '0' },
      '/srv/map',
    )
    expect(config).toMatchObject({ port: 0, host: '::1', dataDir: '/srv/map/data' })
    expect(config.maxDataFileBytes).toBe(512 * 1024)
    expect(config.maxStreamedFileBytes).toBe(512 * 1024) // set: it bounds the sites too
  })

  it.each(['', '0x10', '1e3', '65536', '-1', '80.0', ' 80', '99999999999999'])(
    'refuses PORT=%j',
    (port) => {
      expect(problems({ PORT: port })).toHaveLength(1)
    },
  )

  it.each(['not a host!', 'exa_mple.org', '-lead.example', `${'a'.repeat(64)}.example`, ''])(
    'refuses HOST=%j',
    (host) => {
      expect(problems({ HOST: host })).toHaveLength(1)
    },
  )

  it('lists every problem at once', () => {
    expect(problems({ PORT: 'x', DATA_DIR: '', EMBED_FRAME_ANCESTORS: '..' })).toHaveLength(3)
  })
})

describe('EMBED_FRAME_ANCESTORS', () => {
  it('accepts keywords, schemes and hosts with wildcards and ports', () => {
    const value = "'self' https: https://news.example, *.gov.cn http://localhost:5173 https://a.b:*"
    expect(parseFrameAncestors(value)).toEqual([
      "'self'",
      'https:',
      'https://news.example',
      '*.gov.cn',
      'http://localhost:5173',
      'https://a.b:*',
    ])
    expect(parseFrameAncestors(undefined)).toEqual(['*'])
  })

  it.each([
    '',
    ' , ',
    '-',
    '..',
    'a..b',
    '-a.example',
    'https://',
    'https://a.example/path',
    'ftp://a.example',
    "https://a.example; script-src 'unsafe-inline'",
    'https://a.example:70000',
    "'unsafe-inline'",
  ])('refuses %j', (value) => {
    expect(() => parseFrameAncestors(value)).toThrow(/EMBED_FRAME_ANCESTORS/)
  })
})
