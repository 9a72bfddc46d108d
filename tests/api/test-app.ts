import { createApp } from '../../api/app.ts'
import type { Dataset } from '../../api/data/dataset.ts'
import { ApiErrorSchema } from '../../api/domain/index.ts'
import { createFixtureDataset } from './fixtures/fixture-dataset.ts'

/** The fixture dataset and an app over it (API only, no web build). */
export function createTestApp(options: { webDir?: string; embed?: string[] } = {}) {
  const ds: Dataset = createFixtureDataset()
  const app = createApp(ds, {
    version: '0.0.0-test',
    loadedAt: new Date('2025-01-01T00:00:00Z'),
    webDir: options.webDir ?? null,
    embedFrameAncestors: options.embed,
  })
  return { ds, app }
}

/** GETs `path` and parses the JSON body. */
export async function getJson(
  app: ReturnType<typeof createTestApp>['app'],
  path: string,
  headers: Record<string, string> = {},
) {
  const res = await app.request(path, { headers })
  const text = await res.text()
  return { res, status: res.status, body: text === '' ? undefined : JSON.parse(text) }
}

/** Asserts a body is the API's one error shape with the given status; returns `error`. */
export function expectApiError(body: unknown, status: number) {
  const parsed = ApiErrorSchema.parse(body)
  if (parsed.error.status !== status) {
    throw new Error(`expected error status ${status}, got ${JSON.stringify(parsed)}`)
  }
  return parsed.error
}
