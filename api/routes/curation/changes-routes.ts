import { z } from '@hono/zod-openapi'
import type { ApiContext } from '../api-context.ts'
import { createRouter } from '../create-router.ts'
import { defineRoute, errorContent } from '../define-route.ts'
import { integerParam, optional, patternParam, withDefault } from '../params.ts'
import type { ChangeFeedQuery, PlaceKind, SessionUser, WriteOutcome } from './curation-port.ts'
import { ChangesResponse, RevertBody, RevertResponse } from './curation-schemas.ts'
import { WRITE_ERRORS } from './place-write-routes.ts'
import { curationOf, requireUser } from './require-user.ts'
import { storeCall } from './store-error-http.ts'

/** Most changes one page lists. */
export const MAX_CHANGES_PAGE = 200

const feedRoute = defineRoute({
  method: 'get',
  path: '/',
  summary: 'Change history, newest first: who, when, the note, before and after (signed in)',
  request: {
    query: z.strictObject({
      place: optional(
        patternParam(/^(site|park):[a-z0-9]+(-[a-z0-9]+)*$/, '"site:<id>" or "park:<id>"', {
          description: 'Only this place’s changes',
          example: 'site:nankai-university',
        }),
      ),
      change_set: optional(
        integerParam(1, 2 ** 31 - 1, { description: 'Only this change set’s (e.g. one import)' }),
      ),
      before: optional(
        integerParam(1, 2 ** 31 - 1, { description: 'Only changes older than this id (paging)' }),
      ),
      limit: withDefault(
        integerParam(1, MAX_CHANGES_PAGE, { description: 'Page size (default 50)' }),
        50,
      ),
    }),
  },
  responses: {
    200: { description: 'One page', content: { 'application/json': { schema: ChangesResponse } } },
    401: errorContent('Not signed in'),
  },
})

const revertRoute = (what: string) =>
  defineRoute({
    method: 'post',
    path: '/{id}/revert',
    summary: `Revert ${what} as a new change (admin)`,
    request: {
      params: z.object({
        id: integerParam(1, 2 ** 31 - 1, { description: `The ${what}'s id` }),
      }),
      body: { required: false, content: { 'application/json': { schema: RevertBody } } },
    },
    responses: {
      200: { description: 'Reverted', content: { 'application/json': { schema: RevertResponse } } },
      409: errorContent('The place changed again since: revert the later change first'),
      ...WRITE_ERRORS,
    },
  })

/** `GET /` (the feed, viewers and up) and `POST /{id}/revert` (admin), at `/api/changes`. */
export function createChangesRoutes(ctx: ApiContext) {
  return createRouter()
    .openapi(feedRoute, async (c) => {
      await requireUser(c, ctx, 'viewer')
      c.header('Cache-Control', 'no-store')
      const { place, change_set, before, limit } = c.req.valid('query')
      const [kind, id] = place?.split(':') ?? []
      const query: ChangeFeedQuery = {
        limit: limit + 1,
        ...(kind && id ? { place: { kind: kind as PlaceKind, id } } : {}),
        ...(change_set ? { changeSetId: change_set } : {}),
        ...(before ? { before } : {}),
      }
      const found = await storeCall(() => curationOf(ctx).listChanges(query))
      const changes = found.slice(0, limit)
      const more = found.length > limit
      return c.json({ changes, next_before: more ? (changes.at(-1)?.id ?? null) : null }, 200)
    })
    .openapi(revertRoute('one change'), async (c) => {
      const user = await requireUser(c, ctx, 'admin')
      const { id } = c.req.valid('param')
      return c.json(await revert(ctx, { id, changeSet: false, user, note: await note(c) }), 200)
    })
}

/** `POST /{id}/revert` at `/api/change-sets`: undoes a whole change set, e.g. an import. */
export function createChangeSetsRoutes(ctx: ApiContext) {
  return createRouter().openapi(revertRoute('a whole change set (e.g. an import)'), async (c) => {
    const user = await requireUser(c, ctx, 'admin')
    const { id } = c.req.valid('param')
    return c.json(await revert(ctx, { id, changeSet: true, user, note: await note(c) }), 200)
  })
}

async function note(c: { req: { valid(target: 'json'): { change_note?: string } | undefined } }) {
  return c.req.valid('json')?.change_note
}

async function revert(
  ctx: ApiContext,
  input: { id: number; changeSet: boolean; user: SessionUser; note: string | undefined },
) {
  const outcome: WriteOutcome = await storeCall(
    () => curationOf(ctx).revert({ ...input, note: input.note }),
    409,
  )
  return {
    change_set_id: outcome.changeSetId,
    data_version: ctx.live().dataVersion,
    changes: outcome.changes.map((ch) => ({ kind: ch.kind, id: ch.id, change_id: ch.changeId })),
  }
}
