import type { ApiError } from '../domain/index.ts'
import { type ApiClient, ApiClientError, unwrap } from './create-api-client.ts'

/** The kinds of place an editor changes. */
export type EditKind = 'site' | 'park'

/** A PATCH body: a note, and what changes (see `PATCH /api/sites/{id}`). */
export interface PlacePatch {
  change_note: string
  geometry?: { type: string; coordinates: unknown } | null
  properties?: Record<string, unknown>
}

/**
 * The signed-in side of the API (browser-safe, same typed client): session, a place with its
 * ETag, PATCH with `If-Match`, the change history and revert. Failures throw
 * `ApiClientError` with the error body (its `problems` name each refused field).
 *
 * @example
 * const curation = createCurationClient(createApiClient('/'))
 * const { user } = await curation.signIn('wang.li', 'correct horse battery')
 */
export function createCurationClient(client: ApiClient) {
  const api = client.raw.api
  const places = (kind: EditKind) => (kind === 'site' ? api.sites[':id'] : api.parks[':id'])
  return {
    session: () => unwrap(api.session.$get()),
    signIn: (username: string, password: string) =>
      unwrap(api.session.$post({ json: { username, password } })),
    signOut: () => unwrap(api.session.$delete()),
    /** A place's feature and the ETag to send back as `If-Match`. */
    async placeForEdit(kind: EditKind, id: string) {
      const res = await places(kind).$get({ param: { id } })
      if (!res.ok) throw new ApiClientError(res.status, await errorBody(res))
      const body = await res.json()
      return { feature: body.feature, etag: res.headers.get('etag') ?? '' }
    },
    patchPlace: (kind: EditKind, id: string, etag: string, body: PlacePatch) =>
      unwrap(places(kind).$patch({ param: { id }, header: { 'if-match': etag }, json: body })),
    changes: (query: { place?: string; limit?: number; before?: number }) =>
      unwrap(
        api.changes.$get({
          query: {
            ...(query.place ? { place: query.place } : {}),
            ...(query.limit ? { limit: String(query.limit) } : {}),
            ...(query.before ? { before: String(query.before) } : {}),
          },
        }),
      ),
    revertChange: (id: number, note?: string) =>
      unwrap(
        api.changes[':id'].revert.$post({
          param: { id: String(id) },
          json: note ? { change_note: note } : {},
        }),
      ),
  }
}

async function errorBody(res: Response): Promise<ApiError | null> {
  return (await res.json().catch(() => null)) as ApiError | null
}

export type CurationClient = ReturnType<typeof createCurationClient>
