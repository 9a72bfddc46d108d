import { Hono } from 'hono'
import { cors } from 'hono/cors'
import type { PublishedData, PublishedSnapshot } from './curation/published-data.ts'
import type { Dataset } from './data/dataset.ts'
import { buildDatasetIndex } from './index-data/build-dataset-index.ts'
import type { ApiContext } from './routes/api-context.ts'
import { apiErrorResponse } from './routes/api-errors.ts'
import { ApiHttpError, clipValue } from './routes/api-http-error.ts'
import type { AppType } from './routes/api-routes.ts'
import { basemapSources } from './routes/basemap-config.ts'
import { SITE_TILES_ABOVE } from './routes/config-routes.ts'
import type { CurationPort } from './routes/curation/curation-port.ts'
import { datasetVersion } from './routes/dataset-version.ts'
import { createLiveRoutes } from './routes/live-routes.ts'
import { apiCacheControl } from './routes/middleware/api-cache-control.ts'
import { sameOriginWrites } from './routes/middleware/same-origin-writes.ts'
import { securityHeaders } from './routes/middleware/security-headers.ts'
import { createRepresentations } from './routes/middleware/serve-representations.ts'
import { writeBodyLimit } from './routes/middleware/write-body-limit.ts'
import { createWebApp } from './routes/web-app.ts'

export type { AppType }

const liveRoutesOf = new WeakMap<object, ReturnType<typeof createLiveRoutes>>()
const backgroundIndexingOf = new WeakMap<object, () => void>()

/** The `/api` routes an app created by `createApp` serves now (tests list them). */
export function apiRoutesOf(app: ReturnType<typeof createApp>) {
  const live = liveRoutesOf.get(app)
  if (!live) throw new Error('not an app made by createApp')
  return live.routes()
}

/**
 * Builds the site-name index of the data `app` serves now in the background (in slices between
 * requests), and that of every later data version as it is published; a search that comes
 * first still builds it on the spot. The server calls this once it listens, so start-up does
 * not wait for it.
 */
export function indexInBackground(app: ReturnType<typeof createApp>): void {
  const start = backgroundIndexingOf.get(app)
  if (!start) throw new Error('not an app made by createApp')
  start()
}

export interface AppOptions {
  /** Reported by `/api/health` and the OpenAPI document. */
  version: string
  loadedAt?: Date
  /** Folder of the built web app (`dist/web`); omit to serve the API only. */
  webDir?: string | null
  /** CSP `frame-ancestors` sources allowed to frame `/embed` (default `['*']`). */
  embedFrameAncestors?: readonly string[]
  /**
   * Editing: the published data (the shipped dataset plus the edit database's edits, kept
   * current by `trackPublishedData`) and the port to the edit database. Without it the app
   * serves `ds` read-only.
   */
  curation?: { published: Pick<PublishedData, 'snapshot' | 'subscribe'>; port: CurationPort }
  /** Reverse proxies whose X-Forwarded-* headers are trusted (`TRUST_PROXY`, default 0). */
  trustProxy?: number
  /** An online or self-hosted basemap style (`BASEMAP_STYLE_URL`); null: the offline one. */
  basemapStyleUrl?: string | null
}

/**
 * The whole HTTP app (Node): `/api` routes over the data as published (indexes and routes
 * rebuilt for each new data version, so edits show without a restart), the built web app with
 * SPA fallback when `webDir` is given, and the HTTP layer — cached representations keyed by
 * the data version (ETag/304, brotli/gzip), security headers, CORS (GET) on `/api`,
 * Cache-Control, same-origin writes with bounded bodies — and one JSON error shape for every
 * 4xx/5xx.
 *
 * @example
 * const app = createApp(await loadDataset('.'), { version: '0.1.0', webDir: 'dist/web' })
 * const res = await app.request('/api/health')
 */
export function createApp(ds: Dataset, options: AppOptions) {
  const trustProxy = options.trustProxy ?? 0
  const shippedVersion = datasetVersion(ds)
  const contextOf = (snapshot: PublishedSnapshot | null, loadedAt: Date): ApiContext => {
    const data = snapshot?.dataset ?? ds
    return {
      ds: data,
      index: buildDatasetIndex(data),
      version: options.version,
      loadedAt,
      dataVersion: snapshot ? `${shippedVersion}.${snapshot.dataVersion}` : shippedVersion,
      placeVersion: snapshot?.placeVersion ?? (() => 0),
      curation: options.curation?.port ?? null,
      live: () => live.context(),
      trustProxy,
      basemapStyleUrl: options.basemapStyleUrl ?? null,
    }
  }
  const published = options.curation?.published
  const live = createLiveRoutes(
    contextOf(published?.snapshot() ?? null, options.loadedAt ?? new Date()),
  )
  let indexing = false
  const indexCurrent = () => {
    if (!indexing) return
    live
      .context()
      .index.siteSearch.buildInBackground()
      .catch((error: Error) =>
        console.error(`server: the name index build failed: ${error.message}`),
      )
  }
  published?.subscribe((snapshot) => {
    const previous = live.context()
    live.update(contextOf(snapshot, new Date()))
    previous.index.siteSearch.stop()
    indexCurrent()
  })

  const app = new Hono()
  const representations = createRepresentations({ version: () => live.context().dataVersion })
  app.use('*', representations.middleware)
  app.use(
    '*',
    securityHeaders(
      options.embedFrameAncestors ?? ['*'],
      basemapSources(options.basemapStyleUrl ?? null),
    ),
  )
  app.use(
    '/api/*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'OPTIONS'],
      exposeHeaders: ['ETag', 'X-Total-Count', 'Link'],
      maxAge: 86400,
    }),
  )
  app.use('/api/*', apiCacheControl())
  app.use('/api/*', sameOriginWrites(trustProxy))
  app.use('/api/*', writeBodyLimit())
  app.all('/api/*', (c) => live.fetch(c.req.raw, c.env))
  // with too many sites to list, the pages must not preload the list (the map uses tiles)
  const skipPreloads = ds.sites.length > SITE_TILES_ABOVE ? ['/api/sites'] : []
  const web = options.webDir ? createWebApp(options.webDir, { skipPreloads }) : null
  if (web) app.use('*', web.staticFiles)

  app.notFound((c) => {
    const path = c.req.path
    const method = c.req.method
    if (web && !path.startsWith('/assets/') && (method === 'GET' || method === 'HEAD')) {
      return web.spaFallback(c)
    }
    const message = `no route for ${method} ${clipValue(path)}`
    const error = new ApiHttpError(404, 'route_not_found', message, { value: clipValue(path) })
    return c.json(error.toBody(), 404)
  })
  app.onError(apiErrorResponse)
  // a cached representation is answered before routing (synchronously: no middleware chain)
  liveRoutesOf.set(app, live)
  backgroundIndexingOf.set(app, () => {
    indexing = true
    indexCurrent()
  })
  const dispatch = app.fetch
  app.fetch = (request, env, executionCtx) =>
    representations.answerCached(request) ?? dispatch(request, env, executionCtx)
  return app
}
