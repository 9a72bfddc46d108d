import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { getRequestListener } from '@hono/node-server'
import { createApp, indexInBackground } from './app.ts'
import { checkDataset } from './data/check-dataset.ts'
import { DataError } from './data/data-error.ts'
import type { Dataset } from './data/dataset.ts'
import { formatIssue } from './data/format-issue.ts'
import { loadDataset } from './data/load-dataset.ts'
import type { ReadOptions } from './data/read-data-file.ts'
import { hasWebBuild } from './routes/web-app.ts'
import { belowHonoErrors } from './server/below-hono-errors.ts'
import { gracefulShutdown } from './server/graceful-shutdown.ts'
import { listenErrorLine } from './server/listen-error.ts'
import { type OpeningCuration, openCuration } from './server/open-curation.ts'
import { packageRoot } from './server/package-root.ts'
import { ConfigError, parseServerConfig } from './server/server-config.ts'

/**
 * Node entry (`npm start` / `npm run serve`, compiled to `dist/server/api/server.js`): checks
 * the environment, loads and checks the data, then serves `/api` and the built web app on one
 * port. Any configuration or data problem prints one line per problem (variable; file,
 * feature, field) and exits 1 before listening: never a half-served map. SIGTERM/SIGINT shut
 * down gracefully (see `gracefulShutdown`).
 *
 * Environment: `PORT` (default 8787; 0 = any free port), `HOST` (default 0.0.0.0),
 * `DATA_DIR` (folder holding `seeds/` and `geodata/`; default the repo root), `WEB_DIR`
 * (default `dist/web`), `EMBED_FRAME_ANCESTORS` (CSP sources allowed to frame `/embed`,
 * default `*`), `DATA_MAX_FILE_MB` (default 128; the sites file, streamed, 2 GB unless set), `SHUTDOWN_GRACE_MS` (default 8000),
 * `DATABASE_URL` (the edit database on PostgreSQL) or `STATE_DIR` (the embedded one, default
 * `./.state`), `TRUST_PROXY` (reverse proxies in front, default 0). The edit database opens
 * while the data loads; the data served is the shipped data plus its edits, republished on
 * every change (this instance's or another's on the same PostgreSQL).
 */
const ROOT = packageRoot(dirname(fileURLToPath(import.meta.url)))

function fail(lines: readonly string[]): never {
  for (const line of lines) console.error(line)
  process.exit(1)
}

async function loadCheckedDataset(dataDir: string, limits: ReadOptions): Promise<Dataset> {
  let ds: Dataset
  try {
    ds = await loadDataset(dataDir, limits)
  } catch (error) {
    if (!(error instanceof DataError)) throw error
    fail([`server: cannot load the data in ${dataDir}:`, ...error.problems])
  }
  const issues = checkDataset(ds)
  if (issues.length > 0) {
    fail([
      `server: the data in ${dataDir} fails ${issues.length} check(s):`,
      ...issues.map(formatIssue),
    ])
  }
  return ds
}

async function openedOrFail(opening: Promise<OpeningCuration>): Promise<OpeningCuration> {
  try {
    return await opening
  } catch (error) {
    fail([`server: cannot open the edit database: ${(error as Error).message}`])
  }
}

async function joinCuration(opened: OpeningCuration, ds: Dataset) {
  const joined = await opened.join(ds)
  if (joined.problems.length > 0) {
    await joined.close()
    fail([
      `server: the edits in ${opened.location} break ${joined.problems.length} check(s) on this data (fix the data, or revert the edits that the lines below name):`,
      ...joined.problems,
    ])
  }
  return joined
}

async function main() {
  let config: ReturnType<typeof parseServerConfig>
  try {
    config = parseServerConfig(process.env, ROOT)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    fail(error.problems.map((problem) => `server: ${problem}`))
  }
  const started = performance.now()
  const opening = openCuration(config.store)
  opening.catch(() => {}) // reported below, after the data's own problems
  const ds = await loadCheckedDataset(config.dataDir, {
    maxFileBytes: config.maxDataFileBytes,
    maxStreamedFileBytes: config.maxStreamedFileBytes,
  })
  const edits = await joinCuration(await openedOrFail(opening), ds)
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string
  const webDir = hasWebBuild(config.webDir) ? config.webDir : null
  if (!webDir) {
    console.warn(`server: no web build in ${config.webDir} (run npm run build); serving /api only`)
  }
  const app = createApp(ds, {
    version,
    webDir,
    embedFrameAncestors: config.embedFrameAncestors,
    curation: edits.curation,
    trustProxy: config.trustProxy,
    basemapStyleUrl: config.basemapStyleUrl,
  })
  const errors = belowHonoErrors(await app.request('/api/below-hono'))
  const server = createServer(
    getRequestListener(app.fetch, { errorHandler: errors.onRequestError }),
  )
  server.on('clientError', errors.onClientError)
  const shutdown = gracefulShutdown(server, {
    graceMs: config.shutdownGraceMs,
    log: (line) => console.log(line),
    exit: (code) => {
      setTimeout(() => process.exit(code), 2000).unref()
      edits.close().finally(() => process.exit(code))
    },
  })
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
  server.once('error', (error: NodeJS.ErrnoException) => {
    fail([listenErrorLine(error, config.host, config.port)])
  })
  server.listen(config.port, config.host, () => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : config.port
    const loadMs = Math.round(performance.now() - started)
    const counts = `${ds.parks.length} parks, ${ds.sites.length} sites`
    console.log(`server: data from ${config.dataDir} (${counts}) ready in ${loadMs} ms`)
    console.log(`server: edit database: ${edits.summary}`)
    console.log(`server: listening on http://localhost:${port}`)
    indexInBackground(app) // after start-up: the first search need not build the name index
  })
}

await main()
