import { describe, expect, it } from 'vitest'
import { createTestApp, expectApiError, getJson } from './test-app.ts'
import { validCalls } from './valid-calls.ts'

const { app } = createTestApp()
const { body: document } = await getJson(app, '/api/openapi.json')
const calls = validCalls(document)

describe('unknown query parameters', () => {
  it('reach every route of openapi.json with a valid call first', async () => {
    expect(calls.length).toBeGreaterThanOrEqual(20)
    for (const [template, url] of calls) {
      // the change history needs a session; its parameters are still checked first
      const expected = template === '/api/changes' ? 401 : 200
      expect((await app.request(url)).status, url).toBe(expected)
    }
  })

  it.each(calls)('are a 400 naming the parameter on %s', async (_, url) => {
    const withFoo = `${url}${url.includes('?') ? '&' : '?'}foo=1`
    const { status, body } = await getJson(app, withFoo)
    expect(status, withFoo).toBe(400)
    const error = expectApiError(body, 400)
    expect(error.code).toBe('unknown_parameter')
    expect(error.parameter).toBe('foo')
  })
})
