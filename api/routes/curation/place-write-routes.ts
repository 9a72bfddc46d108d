import { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { ApiContext } from '../api-context.ts'
import { ApiHttpError, notFound } from '../api-http-error.ts'
import { createRouter } from '../create-router.ts'
import { defineRoute, errorContent } from '../define-route.ts'
import { idParam } from '../params.ts'
import type { PlaceKind, WriteOutcome } from './curation-port.ts'
import {
  ChangeNoteBody,
  PlaceCreateBody,
  PlacePatchBody,
  WriteResponse,
} from './curation-schemas.ts'
import { ifMatchVersion, placeEtag } from './place-etag.ts'
import { createdFeature, patchedFeature } from './place-input.ts'
import { curationOf, requireUser } from './require-user.ts'
import { storeCall } from './store-error-http.ts'

const json = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { 'application/json': { schema } },
})

export const WRITE_ERRORS = {
  401: errorContent('Not signed in'),
  403: errorContent('Signed in without the editor role, or a write from another site'),
  413: errorContent('Body too large'),
  415: errorContent('Body is not application/json'),
}
const IF_MATCH_ERRORS = {
  412: errorContent('If-Match names an older version: someone changed the place; reload it'),
  428: errorContent('If-Match is missing: send the ETag of the place you edited'),
}

const written = (description: string) => ({
  description,
  content: { 'application/json': { schema: WriteResponse } },
})

function routesFor(kind: PlaceKind) {
  const noun = kind === 'site' ? 'site' : 'park'
  const params = z.object({ id: idParam({ description: `The ${noun}'s id` }) })
  const ifMatch = z.object({
    'if-match': z
      .string()
      .optional()
      .openapi({
        description: `The ETag of GET /api/${noun}s/{id} the edit started from (required)`,
      }),
  })
  return {
    create: defineRoute({
      method: 'post',
      path: '/',
      summary: `Add a ${noun} (editor)`,
      request: { body: json(PlaceCreateBody) },
      responses: {
        201: written(`The new ${noun}, now on the map`),
        409: errorContent('The id is taken (or was deleted)'),
        ...WRITE_ERRORS,
      },
    }),
    patch: defineRoute({
      method: 'patch',
      path: '/{id}',
      summary: `Change a ${noun}'s geometry and/or properties (editor; If-Match required)`,
      request: { params, headers: ifMatch, body: json(PlacePatchBody) },
      responses: { 200: written(`The changed ${noun}`), ...IF_MATCH_ERRORS, ...WRITE_ERRORS },
    }),
    remove: defineRoute({
      method: 'delete',
      path: '/{id}',
      summary: `Delete a ${noun} (soft: kept in the history, revertable; editor; If-Match required)`,
      request: { params, headers: ifMatch, body: json(ChangeNoteBody) },
      responses: {
        200: written(`The ${noun} is off the map`),
        ...IF_MATCH_ERRORS,
        ...WRITE_ERRORS,
      },
    }),
  }
}

/**
 * `POST /`, `PATCH /{id}` and `DELETE /{id}` of one kind of place, mounted at `/api/sites` or
 * `/api/parks`: an editor's writes, each one change in the history, checked by every
 * check:data rule on the data as it would be published. PATCH and DELETE need `If-Match` with
 * the place's ETag (428 without, 412 when stale). The answer comes once this instance serves
 * the new data, with the place's new ETag.
 */
export function createPlaceWriteRoutes(ctx: ApiContext, kind: PlaceKind) {
  const routes = routesFor(kind)
  const expectedVersion = async (c: Context, id: string) => {
    const version = ifMatchVersion(c.req.header('if-match'), kind, id)
    if (version === 'missing') {
      throw new ApiHttpError(
        428,
        'precondition_required',
        `send If-Match with the ETag of GET /api/${kind}s/${id}`,
        { parameter: 'If-Match' },
      )
    }
    const current = await curationOf(ctx).currentPlace(kind, id)
    if (!current.feature) throw notFound('id', id, kind)
    if (version !== current.version) {
      throw new ApiHttpError(
        412,
        'precondition_failed',
        `If-Match does not name the current version (${current.version}) of ${kind} ${id}: someone changed it; reload and edit again`,
        { parameter: 'If-Match' },
      )
    }
    return { version, feature: current.feature }
  }
  return createRouter()
    .openapi(routes.create, async (c) => {
      const user = await requireUser(c, ctx, 'editor')
      const body = c.req.valid('json')
      const feature = createdFeature(body)
      const id = String(feature.id)
      const outcome = await storeCall(
        () =>
          curationOf(ctx).writePlace({
            kind,
            id,
            feature,
            expectedVersion: null,
            user,
            note: body.change_note,
          }),
        409,
      )
      c.header('Location', `/api/${kind}s/${id}`)
      return c.json(answer(c, ctx, kind, id, outcome), 201)
    })
    .openapi(routes.patch, async (c) => {
      const user = await requireUser(c, ctx, 'editor')
      const { id } = c.req.valid('param')
      const body = c.req.valid('json')
      const current = await expectedVersion(c, id)
      const feature = patchedFeature(kind, id, current.feature, body)
      const write = {
        kind,
        id,
        feature,
        expectedVersion: current.version,
        user,
        note: body.change_note,
      }
      const outcome = await storeCall(() => curationOf(ctx).writePlace(write))
      return c.json(answer(c, ctx, kind, id, outcome), 200)
    })
    .openapi(routes.remove, async (c) => {
      const user = await requireUser(c, ctx, 'editor')
      const { id } = c.req.valid('param')
      const body = c.req.valid('json')
      const current = await expectedVersion(c, id)
      const write = {
        kind,
        id,
        feature: null,
        expectedVersion: current.version,
        user,
        note: body.change_note,
      }
      const outcome = await storeCall(() => curationOf(ctx).writePlace(write))
      return c.json(answer(c, ctx, kind, id, outcome), 200)
    })
}

/** The write's answer from the newest published data, with the place's new ETag. */
function answer(c: Context, ctx: ApiContext, kind: PlaceKind, id: string, outcome: WriteOutcome) {
  const change = outcome.changes[0]
  if (!change) throw new Error(`a write of ${kind} ${id} reported no change`)
  const live = ctx.live()
  const lookup = kind === 'site' ? live.index.lookup.sites : live.index.lookup.parks
  const feature = lookup.get(id) ?? null
  if (feature && live.placeVersion(kind, id) === change.version) {
    c.header('ETag', placeEtag(kind, id, change.version, live.dataVersion))
  }
  return {
    feature: feature as Record<string, unknown> | null,
    version: change.version,
    change_id: change.changeId,
    change_set_id: outcome.changeSetId,
    data_version: live.dataVersion,
  }
}
