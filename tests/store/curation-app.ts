import { createApp } from '../../api/app.ts'
import { hashPassword } from '../../api/auth/password.ts'
import { createPlacePolicy } from '../../api/curation/create-place-policy.ts'
import { createCurationService } from '../../api/curation/curation-service.ts'
import { issueKeys } from '../../api/curation/place-problems.ts'
import { trackPublishedData } from '../../api/curation/published-data.ts'
import type { Dataset } from '../../api/data/dataset.ts'
import { loadDataset } from '../../api/data/load-dataset.ts'
import type { Role } from '../../api/domain/role.ts'
import type { Store, StoreOptions } from '../../api/store/store.ts'
import { type Backend, openTestStore } from './test-stores.ts'

export const REPO_ROOT = new URL('../../', import.meta.url).pathname
/** What the app believes its own origin is for `app.request('/…')` calls. */
export const ORIGIN = 'http://localhost'
export const PASSWORD = 'correct horse battery'

let shipped: Promise<{ dataset: Dataset; baseline: Set<string> }> | undefined

/** The project's shipped data, loaded once per test file. */
export function shippedData() {
  shipped ??= loadDataset(REPO_ROOT).then((dataset) => ({ dataset, baseline: issueKeys(dataset) }))
  return shipped
}

export type CurationApp = Awaited<ReturnType<typeof createCurationApp>>

/**
 * The whole app as the server builds it — the shipped data, a fresh edit database of
 * `backend`, the published data tracker and the curation service — with one account per
 * role (password `PASSWORD`), for tests that call it with `app.request`.
 */
export async function createCurationApp(
  backend: Backend,
  options: StoreOptions & { trustProxy?: number } = {},
) {
  const { dataset, baseline } = await shippedData()
  const store: Store = await openTestStore(backend, {
    ...options,
    places: createPlacePolicy(dataset, baseline),
  })
  const passwordHash = await hashPassword(PASSWORD)
  for (const role of ['viewer', 'editor', 'admin'] as const) {
    await store.createUser({ name: role, role, passwordHash })
  }
  const published = await trackPublishedData(dataset, store)
  const port = createCurationService({ store, published, shipped: dataset, baseline })
  const app = createApp(dataset, {
    version: '0.0.0-test',
    curation: { published, port },
    trustProxy: options.trustProxy ?? 0,
  })
  const request = (path: string, init: RequestInit = {}) => app.request(`${ORIGIN}${path}`, init)
  return {
    app,
    store,
    dataset,
    request,
    /** Signs `user` in and returns the `Cookie` header value of the session. */
    async signIn(user: Role | string, password = PASSWORD): Promise<string> {
      const res = await request('/api/session', jsonInit('POST', { username: user, password }))
      if (res.status !== 200)
        throw new Error(`sign-in of ${user}: ${res.status} ${await res.text()}`)
      return (res.headers.get('set-cookie') ?? '').split(';')[0] as string
    },
    async close() {
      published.stop()
      await store.close()
    },
  }
}

/** A same-origin JSON request (as the web app sends it), with optional extra headers. */
export function jsonInit(
  method: string,
  body: unknown,
  headers: Record<string, string> = {},
): RequestInit {
  return {
    method,
    headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
    body: JSON.stringify(body),
  }
}

/** A response's JSON body, untyped (tests check its shape). */
export async function bodyOf(res: Response | Promise<Response>) {
  return JSON.parse(await (await res).text())
}

/** GETs a place's detail: its feature and ETag. */
export async function placeDetail(app: CurationApp, kind: 'site' | 'park', id: string) {
  const res = await app.request(`/api/${kind}s/${id}`)
  const body = res.status === 200 ? ((await res.json()) as { feature: PlaceJson }) : null
  return { status: res.status, etag: res.headers.get('etag') ?? '', feature: body?.feature }
}

export interface PlaceJson {
  geometry: { type: string; coordinates: unknown } | null
  properties: Record<string, unknown>
}
