import { beforeAll, describe, expect, it } from 'vitest'
import { ApiErrorSchema } from '../../api/domain/index.ts'
import { startServer } from '../api/server-process.ts'
import { parseResponse, rawConnection } from './raw-http.ts'
import { serverFixtureForFile } from './server-fixture.ts'

const fixture = serverFixtureForFile()
let port = 0
beforeAll(async () => {
  port = await startServer(fixture.current.env).listening
})

/** Sends raw bytes on a fresh connection and returns the parsed response once it closes. */
async function send(raw: string) {
  const conn = await rawConnection(port)
  conn.socket.write(raw)
  await Promise.race([conn.ended, conn.until((t) => t.includes('"error"') && t.endsWith('}'))])
  conn.socket.destroy()
  return parseResponse(conn.received())
}

describe('requests refused below the app still get the error shape and the security headers', () => {
  const big = `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`
  it.each([
    { what: 'headers over 16 KB', raw: big, status: 431, code: 'headers_too_large' },
    {
      what: 'a request target that is not a path',
      raw: 'GET * HTTP/1.1\r\nHost: x\r\n\r\n',
      status: 400,
      code: 'malformed_request',
    },
    {
      what: 'a request line that is not HTTP',
      raw: 'HELLO THERE\r\n\r\n',
      status: 400,
      code: 'malformed_request',
    },
    {
      what: 'a broken Content-Length',
      raw: 'GET /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
      status: 400,
      code: 'malformed_request',
    },
  ])('$what → $status', async ({ raw, status, code }) => {
    const res = await send(raw)
    expect(res.status).toBe(status)
    expect(res.headers.get('content-type')).toBe('application/json')
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(res.body))
    const body = ApiErrorSchema.parse(JSON.parse(res.body))
    expect(body.error).toMatchObject({ status, code })
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'$/)
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
  })
})
