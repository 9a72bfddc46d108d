import { describe, expect, expectTypeOf, it } from 'vitest'
import { ApiClientError, createApiClient, toQuery } from '../../api/client/create-api-client.ts'
import { createTestApp } from './test-app.ts'

const { app } = createTestApp()
const api = createApiClient('http://localhost', {
  fetch: (input: string | URL | Request, init?: RequestInit) => app.request(input, init),
})

describe('the typed API client', () => {
  it('turns numbers into query strings and drops undefined values', () => {
    expect(toQuery<{ lng: string; k?: string }>({ lng: 117.2, k: undefined })).toEqual({
      lng: '117.2',
    })
  })

  it('unwraps typed JSON from the analysis routes', async () => {
    const within = await api.within({
      lng: 117.14,
      lat: 39.085,
      radius_km: 2,
      sector: 'li-battery',
    })
    expectTypeOf(within.items[0]?.distance_km).toEqualTypeOf<number | null | undefined>()
    expect(within.items.map((i) => i.id)).toContain('tianjin-lishen-battery')
  })

  it('unwraps feature lists and details', async () => {
    const sites = await api.sites({ chain: 'hydrogen', limit: 2 })
    expect(sites.total).toBe(3)
    expect(sites.features).toHaveLength(2)
    const park = await api.park('teda')
    expectTypeOf(park.clauses[0]?.text_zh).toEqualTypeOf<string | undefined>()
    expect(park.feature.properties.name_en).toBe('TEDA')
  })

  it('throws ApiClientError carrying the error shape on 4xx', async () => {
    const error = await api.site('no-such-site').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiClientError)
    expect((error as ApiClientError).status).toBe(404)
    expect((error as ApiClientError).body?.error.parameter).toBe('id')
  })

  it('rejects missing required parameters at compile time', () => {
    // @ts-expect-error radius_km is required
    const call = () => api.within({ lng: 117, lat: 39 })
    expect(typeof call).toBe('function')
  })
})
