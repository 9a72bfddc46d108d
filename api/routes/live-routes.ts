import type { ApiContext } from './api-context.ts'
import { withApiErrors } from './api-errors.ts'
import { createApiRoutes } from './api-routes.ts'

type ApiRoutes = ReturnType<typeof createApiRoutes>

/**
 * The `/api` routes of the newest data version: `update` builds the routes (and so every
 * per-version table: stats, counts, tours …) over a new context in a few milliseconds, and
 * `fetch` answers with whichever routes are current, so an edit is served without a restart.
 *
 * @example
 * const live = createLiveRoutes(ctx)
 * live.update(nextCtx) // after an edit
 */
export function createLiveRoutes(initial: ApiContext) {
  const build = (ctx: ApiContext) => ({ ctx, routes: withApiErrors(createApiRoutes(ctx)) })
  let current: { ctx: ApiContext; routes: ApiRoutes } = build(initial)
  return {
    /** The context the current routes serve. */
    context: () => current.ctx,
    update(ctx: ApiContext): void {
      current = build(ctx)
    },
    /** The current routes (e.g. to list them). */
    routes: () => current.routes,
    fetch: (request: Request, env: unknown) => current.routes.fetch(request, env),
  }
}
