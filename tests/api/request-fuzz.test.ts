import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ApiErrorSchema } from '../../api/domain/index.ts'
import { routeSchemas } from '../../api/routes/define-route.ts'
import { PLAUSIBLE, RAW, ROUTES, requestFor, SWEEP_VALUES } from './fuzz-requests.ts'
import { createTestApp } from './test-app.ts'

const { app } = createTestApp()

/**
 * The property: no 5xx; a 4xx body is the one error shape; a 200 body matches the route's
 * declared response schema (so a bad value cannot slip through validation into a result).
 */
async function expectSound(url: string, template: string, seen: Map<number, number>) {
  const res = await app.request(url)
  seen.set(res.status, (seen.get(res.status) ?? 0) + 1)
  expect(res.status, url).toBeLessThan(500)
  const body = await res.json()
  if (res.status === 200) {
    const schema = routeSchemas(template.replaceAll(/\{([^}]+)\}/g, ':$1')).ok
    expect(schema, `no response schema for ${template}`).toBeDefined()
    const parsed = schema?.safeParse(body)
    expect(parsed?.success, `${url} → ${JSON.stringify(parsed?.error?.issues[0])}`).toBe(true)
    return
  }
  const parsed = ApiErrorSchema.safeParse(body)
  expect(parsed.success, `${url} → ${JSON.stringify(body)}`).toBe(true)
  expect(parsed.data?.error.status).toBe(res.status)
}

describe('malformed requests never produce a 5xx, and every 4xx is in the error shape', () => {
  it.each(ROUTES)('on %s', async (...route) => {
    const seen = new Map<number, number>()
    await fc.assert(
      fc.asyncProperty(requestFor(route), (url) => expectSound(url, route[0], seen)),
      { seed: 20250101, numRuns: 250 },
    )
    // the generator reaches the handler as well as the validation
    expect(seen.get(200) ?? 0, JSON.stringify([...seen])).toBeGreaterThan(10)
  })

  it('on every single-parameter change of a valid call (systematic sweep)', async () => {
    const values = [...SWEEP_VALUES, ...Object.values(PLAUSIBLE).flat()]
    for (const [template, known, required] of ROUTES) {
      const base = required.map((name) => [name, PLAUSIBLE[name]?.[0] ?? 'x'] as [string, string])
      const urls = template.includes('{')
        ? values.map((v) => template.replace(/\{[^}]+\}/, encodeURIComponent(v) || 'x'))
        : [...known, 'x'].flatMap((name) =>
            values.map((v) => {
              const pairs = [...base.filter(([n]) => n !== name), [name, v]]
              return `${template}?${pairs.map(([k, val]) => `${k}=${encodeURIComponent(val ?? '')}`).join('&')}`
            }),
          )
      for (const url of urls) await expectSound(url, template, new Map())
    }
  }, 60_000)

  it('on raw malformed percent-encodings', async () => {
    for (const [url, template] of RAW) await expectSound(url, template, new Map())
  })
})
