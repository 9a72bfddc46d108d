import { Validator } from '@seriousme/openapi-schema-validator'
import { describe, expect, it } from 'vitest'
import { createTestApp, getJson } from './test-app.ts'

const { app } = createTestApp()

/** GET routes the app actually serves under /api, in OpenAPI path syntax. */
function servedApiPaths(): string[] {
  const paths = app.routes
    .filter((r) => r.method === 'GET' && r.path.startsWith('/api/') && !r.path.includes('*'))
    // `:y{[^/]+\.mvt}` (a parameter with a suffix, routed by pattern) is documented as `{y}.mvt`
    .map((r) => r.path.replaceAll(/:(\w+)\{[^}]*\\\.(\w+)\}/g, '{$1}.$2'))
    .map((path) => path.replaceAll(/:([^/]+)/g, '{$1}'))
  return [...new Set(paths)].sort()
}

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const { body } = await getJson(app, '/api/openapi.json')
    const validator = new Validator()
    const result = await validator.validate(body)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
  })

  it('lists every route the app serves, and nothing else', async () => {
    const { body } = await getJson(app, '/api/openapi.json')
    expect(Object.keys(body.paths).sort()).toEqual(servedApiPaths())
    expect(servedApiPaths()).toHaveLength(24)
  })

  it('documents query parameters from the validating schemas, with ranges', async () => {
    const { body } = await getJson(app, '/api/openapi.json')
    const params = body.paths['/api/analysis/within'].get.parameters
    const lat = params.find((p: { name: string }) => p.name === 'lat')
    expect(lat).toMatchObject({ in: 'query', required: true })
    expect(lat.schema).toMatchObject({ type: 'number', minimum: -90, maximum: 90 })
    const kind = params.find((p: { name: string }) => p.name === 'kind')
    expect(kind.schema.enum).toEqual(['site', 'park'])
  })

  it('documents the one error shape on every route', async () => {
    const { body } = await getJson(app, '/api/openapi.json')
    for (const [path, item] of Object.entries(body.paths) as [
      string,
      { get: { responses: object } },
    ][]) {
      expect(Object.keys(item.get.responses), path).toEqual(
        expect.arrayContaining(['200', '400', '404', '500']),
      )
    }
    expect(body.components.schemas.ApiError).toBeDefined()
  })
})
