import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createTestApp, getJson } from '../api/test-app.ts'
import { validCalls } from '../api/valid-calls.ts'
import { HOSTILE_VALUES, hostileValue } from './hostile-values.ts'
import { isErrorShape, timedRequest } from './timed-request.ts'

/** Every answer, however hostile the input, within this (the event loop must not stall). */
const LIMIT_MS = 20

const { app } = createTestApp()
const { body: document } = await getJson(app, '/api/openapi.json')
const routes = validCalls(document).map(([template, url]) => {
  const operation = document.paths[template].get as { parameters?: { name: string; in: string }[] }
  const names = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name)
  return { template, url, names: [...names, 'x'] }
})

/** `url` with query parameter `name` set to `value` (others kept), or (`null`) its last path segment. */
function withValue(url: string, name: string | null, value: string) {
  const encoded = encodeURIComponent(value)
  const [path = '', query = ''] = url.split('?')
  if (name === null) return `${path.replace(/\/[^/]*$/, `/${encoded}`)}${query ? `?${query}` : ''}`
  const pairs = query.split('&').filter((p) => p !== '' && !p.startsWith(`${name}=`))
  return `${path}?${[...pairs, `${name}=${encoded}`].join('&')}`
}

async function expectFastAndSound(url: string) {
  const { status, body, ms } = await timedRequest(app, url, LIMIT_MS)
  const shown = url.length > 120 ? `${url.slice(0, 120)}… (${url.length} chars)` : url
  expect(ms, `${shown} took ${ms.toFixed(1)} ms`).toBeLessThan(LIMIT_MS)
  expect(status, shown).toBeLessThan(500)
  if (status >= 400)
    expect(isErrorShape(body, status), `${shown} → ${body.slice(0, 200)}`).toBe(true)
}

describe('hostile values on every route of openapi.json', () => {
  it.each(routes)(
    'are answered in under 20 ms each on $template',
    async ({ template, url, names }) => {
      const targets: (string | null)[] = template.includes('{') ? [null, ...names] : names
      for (const name of targets) {
        for (const value of HOSTILE_VALUES) await expectFastAndSound(withValue(url, name, value))
      }
    },
  )

  it.each(routes)(
    'are answered in under 20 ms each under random mutation on $template',
    async ({ template, url, names }) => {
      const name = fc.constantFrom<string | null>(
        ...(template.includes('{') ? [null] : []),
        ...names,
      )
      await fc.assert(
        fc.asyncProperty(name, hostileValue, (n, v) => expectFastAndSound(withValue(url, n, v))),
        { seed: 20251205, numRuns: 40, endOnFailure: true },
      )
    },
  )
})
