import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { createApp } from './app.ts'
import { checkDataset } from './data/check-dataset.ts'
import { DataError } from './data/data-error.ts'
import type { Dataset } from './data/dataset.ts'
import { formatIssue } from './data/format-issue.ts'
import { loadDataset } from './data/load-dataset.ts'
import { parseBasemapStyleUrl } from './routes/basemap-config.ts'
import { parseFrameAncestors } from './routes/middleware/security-headers.ts'
import { hasWebBuild } from './routes/web-app.ts'

/**
 * Node entry (`npm start` / `npm run serve`): loads and checks the data, then serves `/api`
 * and the built web app on one port. Any data problem prints every issue (file, feature,
 * field) and exits 1 before listening: never a half-served map.
 *
 * Environment: `PORT` (default 8787; 0 = any free port), `HOST` (default 0.0.0.0),
 * `DATA_DIR` (folder holding `seeds/` and `geodata/`; default the repo root), `WEB_DIR`
 * (default `dist/web`), `EMBED_FRAME_ANCESTORS` (CSP sources allowed to frame `/embed`,
 * default `*`), `BASEMAP_STYLE_URL` (an online or self-hosted MapLibre style drawn under the
 * project's layers; unset = the offline basemap; its origin is added to the CSP).
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

function fail(lines: readonly string[]): never {
  for (const line of lines) console.error(line)
  process.exit(1)
}

function parsePort(value: string | undefined): number {
  const port = Number(value ?? 8787)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail([`PORT must be a whole number from 0 to 65535, got "${value}"`])
  }
  return port
}

async function loadCheckedDataset(dataDir: string): Promise<Dataset> {
  let ds: Dataset
  try {
    ds = await loadDataset(dataDir)
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

async function main() {
  const port = parsePort(process.env.PORT)
  const hostname = process.env.HOST ?? '0.0.0.0'
  const dataDir = resolve(process.env.DATA_DIR ?? ROOT)
  const webDir = resolve(process.env.WEB_DIR ?? join(ROOT, 'dist/web'))
  let embedFrameAncestors: string[]
  let basemapStyleUrl: string | null
  try {
    embedFrameAncestors = parseFrameAncestors(process.env.EMBED_FRAME_ANCESTORS)
    basemapStyleUrl = parseBasemapStyleUrl(process.env.BASEMAP_STYLE_URL)
  } catch (error) {
    fail([(error as Error).message])
  }
  const started = performance.now()
  const ds = await loadCheckedDataset(dataDir)
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string
  const web = hasWebBuild(webDir) ? webDir : null
  if (!web) console.warn(`server: no web build in ${webDir} (run npm run build); serving /api only`)
  const app = createApp(ds, { version, webDir: web, embedFrameAncestors, basemapStyleUrl })
  const loadMs = Math.round(performance.now() - started)
  const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
    const counts = `${ds.parks.length} parks, ${ds.sites.length} sites`
    console.log(`server: data from ${dataDir} (${counts}) ready in ${loadMs} ms`)
    console.log(`server: listening on http://localhost:${info.port}`)
  })
  const stop = () => server.close(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

await main()
