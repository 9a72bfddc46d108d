import { Validator } from '@seriousme/openapi-schema-validator'
import { describe, expect, it } from 'vitest'
import { apiRoutesOf } from '../../api/app.ts'
import { createTestApp, getJson } from './test-app.ts'

const { app } = createTestApp()

/** `METHOD /path` of every route the app serves under /api, in OpenAPI path syntax. */
function servedApiRoutes(): string[] {
  const routes = apiRoutesOf(app)
    .routes.filter((r) => r.path.startsWith('/api/') && !r.path.includes('*'))
    // `:y{[^/]+\.mvt}` (a parameter with a suffix, routed by pattern) is documented as `{y}.mvt`
    .map((r) => ({ ...r, path: r.path.replaceAll(/:(\w+)\{[^}]*\\\.(\w+)\}/g, '{$1}.$2') }))
    .map((r) => `${r.method} ${r.path.replaceAll(/:([^/]+)/g, '{$1}')}`)
  return [...new Set(routes)].sort()
}

type Operations = Record<string, Record<string, { responses: object }>>

/** `METHOD /path` of every operation an OpenAPI document lists. */
function documentedRoutes(paths: Operations): string[] {
  return Object.entries(paths)
    .flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`))
    .sort()
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
    expect(documentedRoutes(body.paths)).toEqual(servedApiRoutes())
    expect(servedApiRoutes().filter((r) => r.startsWith('GET '))).toHaveLength(28)
    expect(servedApiRoutes()).toHaveLength(39)
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
    for (const [path, item] of Object.entries(body.paths as Operations)) {
      for (const [method, operation] of Object.entries(item)) {
        const codes = Object.keys(operation.responses)
        expect(codes, `${method} ${path}`).toEqual(expect.arrayContaining(['400', '404', '500']))
        expect(
          codes.some((code) => /^20[01]$/.test(code)),
          `${method} ${path}`,
        ).toBe(true)
      }
    }
    expect(body.components.schemas.ApiError).toBeDefined()
  })
})
