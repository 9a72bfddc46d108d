import { isIP } from 'node:net'
import { join, resolve } from 'node:path'
import { DEFAULT_MAX_STREAMED_FILE_BYTES } from '../data/stream-features.ts'
import { parseBasemapStyleUrl } from '../routes/basemap-config.ts'
import type { StoreLocation } from '../store/open-store.ts'
import { parseFrameAncestors } from './frame-ancestors.ts'

/** Everything the server reads from the environment, parsed and checked. */
export interface ServerConfig {
  port: number
  host: string
  dataDir: string
  webDir: string
  embedFrameAncestors: string[]
  /** Largest data file the loader reads whole, bytes. */
  maxDataFileBytes: number
  /**
   * Largest sites file (read feature by feature), bytes: `DATA_MAX_FILE_MB` when set, else
   * 2 GB, so a million sites (~900 MB) load without raising the limit of every other file.
   */
  maxStreamedFileBytes: number
  /** How long shutdown waits for requests and connections before closing them, ms. */
  shutdownGraceMs: number
  /** The edit database: `DATABASE_URL`, else the embedded one in `STATE_DIR`. */
  store: StoreLocation
  /** Reverse proxies in front whose X-Forwarded-For/-Proto/-Host are trusted. */
  trustProxy: number
  /** An operator's basemap style (`BASEMAP_STYLE_URL`), or null: the offline basemap. */
  basemapStyleUrl: string | null
}

export const DEFAULT_PORT = 8787
export const DEFAULT_MAX_DATA_FILE_MB = 128
export const DEFAULT_SHUTDOWN_GRACE_MS = 8000

/** A hostname (RFC 1123 labels, at most 253 characters). */
const HOSTNAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i

/** A configuration value that cannot be used; `problems` holds one line per variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'))
    this.name = 'ConfigError'
  }
}

const shown = (value: string) =>
  JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)

/**
 * Parses the server's environment strictly: a variable that is set must hold a valid value
 * (set but empty is an error, never a silent default). Throws a `ConfigError` listing every
 * problem; relative folders resolve against `root`.
 *
 * @example
 * parseServerConfig({ PORT: '8080' }, '/srv/map').port // 8080
 * parseServerConfig({ PORT: '0x10' }, '/srv/map') // throws: PORT must be a whole number …
 */
export function parseServerConfig(
  env: Record<string, string | undefined>,
  root: string,
): ServerConfig {
  const problems: string[] = []
  const read = <T>(name: string, fallback: T, parse: (value: string) => T): T => {
    const value = env[name]
    if (value === undefined) return fallback
    if (value.trim() === '') {
      problems.push(`${name} is set but empty; unset it for the default`)
      return fallback
    }
    try {
      return parse(value)
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}, got ${shown(value)}`)
      return fallback
    }
  }
  const check = <T>(ok: boolean, value: T, expected: string): T => {
    if (!ok) throw new Error(`must be ${expected}`)
    return value
  }
  const wholeNumber = (max: number, expected: string) => (value: string) =>
    check(/^\d{1,10}$/.test(value) && Number(value) <= max, Number(value), expected)
  const port = read('PORT', DEFAULT_PORT, wholeNumber(65535, 'a whole number from 0 to 65535'))
  const host = read('HOST', '0.0.0.0', (value) =>
    check(isIP(value) !== 0 || HOSTNAME.test(value), value, 'an IP address or a host name'),
  )
  const folder = (name: string, fallback: string) =>
    read(name, resolve(root, fallback), (value) => resolve(root, value))
  let embedFrameAncestors = ['*']
  try {
    embedFrameAncestors = parseFrameAncestors(env.EMBED_FRAME_ANCESTORS)
  } catch (error) {
    problems.push((error as Error).message)
  }
  const maxMb = read('DATA_MAX_FILE_MB', DEFAULT_MAX_DATA_FILE_MB, (value) =>
    check(
      /^\d{1,6}(?:\.\d{1,3})?$/.test(value) && Number(value) > 0,
      Number(value),
      'a positive number of megabytes',
    ),
  )
  const shutdownGraceMs = read(
    'SHUTDOWN_GRACE_MS',
    DEFAULT_SHUTDOWN_GRACE_MS,
    wholeNumber(600_000, 'a whole number of milliseconds up to 600000'),
  )
  const databaseUrl = read('DATABASE_URL', null as string | null, (value) =>
    check(
      /^postgres(ql)?:\/\/\S+$/.test(value.trim()),
      value.trim(),
      'a PostgreSQL URL, postgres://user:password@host:port/database',
    ),
  )
  const stateDir = folder('STATE_DIR', '.state')
  const trustProxy = read('TRUST_PROXY', 0, (value) => {
    const word = value.trim().toLowerCase()
    if (word === 'true') return 1
    if (word === 'false') return 0
    return check(
      /^\d{1,2}$/.test(word) && Number(word) <= 10,
      Number(word),
      'a number of proxies from 0 to 10, or true (1) / false (0)',
    )
  })
  const config = {
    port,
    host,
    dataDir: folder('DATA_DIR', '.'),
    webDir: folder('WEB_DIR', join('dist', 'web')),
    embedFrameAncestors,
    maxDataFileBytes: Math.round(maxMb * 1024 * 1024),
    maxStreamedFileBytes:
      env.DATA_MAX_FILE_MB === undefined
        ? DEFAULT_MAX_STREAMED_FILE_BYTES
        : Math.round(maxMb * 1024 * 1024),
    shutdownGraceMs,
    store: databaseUrl ? { databaseUrl } : { stateDir },
    trustProxy,
    basemapStyleUrl: read('BASEMAP_STYLE_URL', null, parseBasemapStyleUrl),
  }
  if (problems.length > 0) throw new ConfigError(problems)
  return config
}
