import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import type { ApiError, ApiErrorCode } from '../domain/index.ts'

/** Headers of the response a template carries that describe its own body (not copied). */
const BODY_HEADERS = new Set(['content-type', 'content-length', 'content-encoding', 'etag'])

type Status = 400 | 408 | 431 | 500

function errorBody(status: Status, code: ApiErrorCode, message: string): string {
  const body: ApiError = { error: { status, code, message } }
  return JSON.stringify(body)
}

/**
 * Answers for the requests that never reach the app, in the API's error shape and with the
 * app's security headers (copied from `template`, a response the app produced, so they have
 * one source):
 * - `onClientError` (the Node server's `clientError` event): a request Node cannot parse —
 *   431 for headers over the size limit, 408 for a request too slow to arrive, 400 for the
 *   rest — written straight to the socket, which is then closed;
 * - `onRequestError` (`@hono/node-server`'s error handler): a parsed request it cannot turn
 *   into a `Request` (e.g. `GET *`) → 400; an error escaping the app → 500.
 * What cannot be answered: a socket already reset or destroyed (`ECONNRESET`), and an error
 * after a response has started (its status line is already sent); those are only closed.
 *
 * @example
 * const errors = belowHonoErrors(await app.request('/api/below-hono'))
 * server.on('clientError', errors.onClientError)
 */
export function belowHonoErrors(template: Response) {
  const headers: [string, string][] = []
  template.headers.forEach((value, name) => {
    if (!BODY_HEADERS.has(name)) headers.push([name, value])
  })
  const rawResponse = (status: Status, code: ApiErrorCode, message: string) => {
    const body = errorBody(status, code, message)
    const lines = [
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
      ...headers.map(([name, value]) => `${name}: ${value}`),
      'content-type: application/json',
      `content-length: ${Buffer.byteLength(body)}`,
      'connection: close',
    ]
    return `${lines.join('\r\n')}\r\n\r\n${body}`
  }
  return {
    onClientError(error: Error & { code?: string }, socket: Duplex) {
      const started = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage
      if (error.code === 'ECONNRESET' || !socket.writable || started?.headersSent) {
        socket.destroy()
        return
      }
      if (error.code === 'HPE_HEADER_OVERFLOW') {
        socket.end(rawResponse(431, 'headers_too_large', 'request headers are too large'))
      } else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
        socket.end(rawResponse(408, 'request_timeout', 'the request did not arrive in time'))
      } else {
        socket.end(rawResponse(400, 'malformed_request', 'the request is not valid HTTP/1.1'))
      }
    },
    onRequestError(error: unknown): Response {
      const requestError = error instanceof Error && error.name === 'RequestError'
      if (!requestError) console.error('server: error outside the app:', error)
      const [status, code, message]: [Status, ApiErrorCode, string] = requestError
        ? [400, 'malformed_request', 'the request target is not a path (e.g. "GET *")']
        : [500, 'internal_error', 'internal error; see server log']
      return new Response(errorBody(status, code, message), {
        status,
        headers: [...headers, ['content-type', 'application/json']],
      })
    },
  }
}
