import { createAliasesRoutes } from './aliases-routes.ts'
import type { ApiContext } from './api-context.ts'
import { createBasemapRoutes } from './basemap-routes.ts'
import { createCatalogueRoutes } from './catalogue-routes.ts'
import { createClausesRoutes } from './clauses-routes.ts'
import { recordCounts } from './compute-stats.ts'
import { createConfigRoutes } from './config-routes.ts'
import { createRouter } from './create-router.ts'
import { createChangeSetsRoutes, createChangesRoutes } from './curation/changes-routes.ts'
import { createExportRoutes } from './curation/export-routes.ts'
import { createImportRoutes } from './curation/import-routes.ts'
import { createPlaceWriteRoutes } from './curation/place-write-routes.ts'
import { createSessionRoutes } from './curation/session-routes.ts'
import { registerRouteSchemas } from './define-route.ts'
import { createDistrictsRoutes } from './districts-routes.ts'
import { createHealthRoutes } from './health-routes.ts'
import { createInfrastructureRoutes } from './infrastructure-routes.ts'
import { createNetworkRoutes } from './network-routes.ts'
import { createOpenApiRoute } from './openapi-route.ts'
import { createParksRoutes } from './parks-routes.ts'
import { createProximityRoutes } from './proximity-routes.ts'
import { createSitesRoutes } from './sites-routes.ts'
import { createStatsRoutes } from './stats-routes.ts'
import { createTilesRoutes } from './tiles-routes.ts'
import { createToursRoutes } from './tours-routes.ts'

/**
 * Every `/api` route: each resource's sub-app mounted at its prefix, chained so the returned
 * app's type (`AppType`) carries each route's path, query and response types for the typed
 * client (`hc<AppType>`). Browser-safe: no node:* imports, so the web can import the type.
 *
 * @example
 * const api = createApiRoutes(ctx) // see createApp for the context
 * await api.request('/api/sectors')
 */
export function createApiRoutes(ctx: ApiContext) {
  const routes = createRouter()
    .route('/api/health', createHealthRoutes(ctx, recordCounts(ctx.ds)))
    .route('/api/districts', createDistrictsRoutes(ctx))
    .route('/api/parks', createParksRoutes(ctx))
    .route('/api/parks', createPlaceWriteRoutes(ctx, 'park'))
    .route('/api/sites', createSitesRoutes(ctx))
    .route('/api/sites', createPlaceWriteRoutes(ctx, 'site'))
    .route('/api/infrastructure', createInfrastructureRoutes(ctx))
    .route('/api', createCatalogueRoutes(ctx))
    .route('/api/clauses', createClausesRoutes(ctx))
    .route('/api/stats', createStatsRoutes(ctx))
    .route('/api/basemap', createBasemapRoutes(ctx))
    .route('/api/analysis', createProximityRoutes(ctx))
    .route('/api/analysis', createNetworkRoutes(ctx))
    .route('/api/tours', createToursRoutes(ctx))
    .route('/api/aliases', createAliasesRoutes(ctx))
    .route('/api/config', createConfigRoutes(ctx))
    .route('/api/session', createSessionRoutes(ctx))
    .route('/api/changes', createChangesRoutes(ctx))
    .route('/api/change-sets', createChangeSetsRoutes(ctx))
    .route('/api/import', createImportRoutes(ctx))
    .route('/api/export.geojson', createExportRoutes(ctx))
    .route('/api/tiles', createTilesRoutes(ctx))
  const api = routes.route('/api/openapi.json', createOpenApiRoute(routes, ctx.version))
  registerRouteSchemas(api)
  return api
}

/** The type of the whole API, for `hc<AppType>` (import it with `import type`). */
export type AppType = ReturnType<typeof createApiRoutes>
