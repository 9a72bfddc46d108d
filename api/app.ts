import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { HTTPException } from 'hono/http-exception'
import type { Dataset } from './data/dataset.ts'
import { buildDatasetIndex } from './index-data/build-dataset-index.ts'
import type { ApiContext } from './routes/api-context.ts'
import { ApiHttpError, clipValue } from './routes/api-http-error.ts'
import { type AppType, createApiRoutes } from './routes/api-routes.ts'
import { basemapSources } from './routes/basemap-config.ts'
import { datasetVersion } from './routes/dataset-version.ts'
import { apiCacheControl } from './routes/middleware/api-cache-control.ts'
import { securityHeaders } from './routes/middleware/security-headers.ts'
import { createRepresentations } from './routes/middleware/serve-representations.ts'
import { createWebApp } from './routes/web-app.ts'

export type { AppType }

export interface AppOptions {
  /** Reported by `/api/health` and the OpenAPI document. */
  version: string
  loadedAt?: Date
  /** Folder of the built web app (`dist/web`); omit to serve the API only. */
  webDir?: string | null
  /** CSP `frame-ancestors` sources allowed to frame `/embed` (default `['*']`). */
  embedFrameAncestors?: readonly string[]
  /** Data version keying cached representations (default: `datasetVersion(ds)`). */
  dataVersion?: string
  /** An online or self-hosted basemap style (`BASEMAP_STYLE_URL`); null: the offline one. */
  basemapStyleUrl?: string | null
}

/**
 * The whole HTTP app (Node): `/api` routes over `ds` (indexes built once here), the built web
 * app with SPA fallback when `webDir` is given, and the HTTP layer — cached representations
 * (ETag/304, brotli/gzip), security headers, CORS (GET) on `/api`, Cache-Control — and one
 * JSON error shape for every 4xx/5xx.
 *
 * @example
 * const app = createApp(await loadDataset('.'), { version: '0.1.0', webDir: 'dist/web' })
 * const res = await app.request('/api/health')
 */
export function createApp(ds: Dataset, options: AppOptions) {
  const ctx: ApiContext = {
    ds,
    index: buildDatasetIndex(ds),
    version: options.version,
    loadedAt: options.loadedAt ?? new Date(),
    dataVersion: options.dataVersion ?? datasetVersion(ds),
    basemapStyleUrl: options.basemapStyleUrl ?? null,
  }
  const app = new Hono()
  const representations = createRepresentations({ version: () => ctx.dataVersion })
  app.use('*', representations.middleware)
  app.use(
    '*',
    securityHeaders(
      options.embedFrameAncestors ?? ['*'],
      basemapSources(ctx.basemapStyleUrl ?? null),
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
  app.route('/', createApiRoutes(ctx))
  const web = options.webDir ? createWebApp(options.webDir) : null
  if (web) app.use('*', web.staticFiles)

  app.notFound((c) => {
    const path = c.req.path
    const isApi = path === '/api' || path.startsWith('/api/')
    const method = c.req.method
    if (isApi && method !== 'GET' && method !== 'HEAD') {
      const error = new ApiHttpError(405, 'method_not_allowed', `${method} is not allowed`, {
        value: clipValue(method),
        allowed: ['GET', 'HEAD', 'OPTIONS'],
      })
      c.header('Allow', 'GET, HEAD, OPTIONS')
      return c.json(error.toBody(), 405)
    }
    if (web && !isApi && !path.startsWith('/assets/') && (method === 'GET' || method === 'HEAD')) {
      return web.spaFallback(c)
    }
    const message = `no route for ${method} ${clipValue(path)}`
    const error = new ApiHttpError(404, 'route_not_found', message, { value: clipValue(path) })
    return c.json(error.toBody(), 404)
  })

  app.onError((err, c) => {
    if (err instanceof ApiHttpError) return c.json(err.toBody(), err.status)
    if (err instanceof HTTPException && err.status < 500) {
      const error = new ApiHttpError(400, 'invalid_parameter', err.message || 'bad request')
      return c.json(error.toBody(), 400)
    }
    console.error(`500 on ${c.req.method} ${c.req.path}:`, err)
    const error = new ApiHttpError(500, 'internal_error', 'internal error; see server log')
    return c.json(error.toBody(), 500)
  })
  // a cached representation is answered before routing (synchronously: no middleware chain)
  const dispatch = app.fetch
  app.fetch = (request, env, executionCtx) =>
    representations.answerCached(request) ?? dispatch(request, env, executionCtx)
  return app
}
