import { writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  descendants,
  isAlive,
  type ServerProcess,
  startServer,
  stopServers,
} from '../api/server-process.ts'
import { parseResponse, rawConnection } from './raw-http.ts'
import { ensureServerBuild } from './server-build.ts'
import { serverFixtureForFile } from './server-fixture.ts'

const BIG_ASSET_BYTES = 32 * 1024 * 1024
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const fixture = serverFixtureForFile()
beforeAll(async () => {
  const bigAsset = join(fixture.current.webDir, 'assets', 'big-000.bin')
  await writeFile(bigAsset, Buffer.alloc(BIG_ASSET_BYTES, 7))
})
afterEach(() => stopServers())

/** Resolves with the exit code, or `'running'` if still running after `ms`. */
const exitWithin = (server: ServerProcess, ms: number) =>
  Promise.race([server.exited, sleep(ms).then(() => 'running' as const)])

const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', () => resolve(true))
  })

describe('SIGTERM to the npm process', () => {
  it.each([
    ['npm run serve', ['npm', 'run', 'serve']],
    ['npm start', ['npm', 'start']],
  ])(
    '%s stops node too: nothing is left on the port',
    async (_, command) => {
      ensureServerBuild()
      const server = startServer(fixture.current.env, command)
      const port = await server.listening
      const tree = server.child.pid ? descendants(server.child.pid) : []
      expect(tree.length).toBeGreaterThan(0)
      server.child.kill('SIGTERM')
      expect(await exitWithin(server, 10_000)).not.toBe('running')
      await sleep(500)
      expect(tree.filter(isAlive), `left running: ${tree}`).toEqual([])
      expect(await refused(port)).toBe(true)
    },
    180_000,
  )
})

describe('SIGTERM to node', () => {
  it('finishes a response in flight, then closes its connection and exits 0', async () => {
    const server = startServer(fixture.current.env)
    const conn = await rawConnection(await server.listening)
    conn.socket.write('GET /assets/big-000.bin HTTP/1.1\r\nHost: x\r\n\r\n')
    await conn.until((text) => text.includes('\r\n\r\n'))
    conn.socket.pause() // the rest of the 32 MB waits in the server's buffers
    server.child.kill('SIGTERM')
    expect(await exitWithin(server, 1_000)).toBe('running')
    conn.socket.resume()
    await conn.ended
    const { status, headers, body } = parseResponse(conn.received())
    expect(status).toBe(200)
    expect(body.length).toBe(BIG_ASSET_BYTES)
    expect(Number(headers.get('content-length'))).toBe(BIG_ASSET_BYTES)
    expect(await exitWithin(server, 5_000)).toBe(0)
  })

  it('answers a request on a kept-alive connection with Connection: close during shutdown', async () => {
    const server = startServer({ ...fixture.current.env, SHUTDOWN_GRACE_MS: '4000' })
    const conn = await rawConnection(await server.listening)
    const request = 'GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n'
    conn.socket.write(request)
    await conn.until((text) => text.endsWith('}'))
    expect(parseResponse(conn.received()).headers.get('connection')).toBe('keep-alive')
    const before = conn.received().length
    server.child.kill('SIGTERM')
    await sleep(300)
    conn.socket.write(request)
    await conn.ended
    const second = parseResponse(conn.received().slice(before))
    expect(second.status).toBe(200)
    expect(second.headers.get('connection')).toBe('close')
    expect(await exitWithin(server, 2_000)).toBe(0)
  })

  it('does not let a half-sent request hold shutdown beyond the grace period', async () => {
    const server = startServer({ ...fixture.current.env, SHUTDOWN_GRACE_MS: '1000' })
    const conn = await rawConnection(await server.listening)
    conn.socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n') // no blank line: never complete
    await sleep(200)
    const stopped = Date.now()
    server.child.kill('SIGTERM')
    expect(await exitWithin(server, 4_000)).toBe(0)
    expect(Date.now() - stopped).toBeGreaterThanOrEqual(900)
    await conn.ended
  })

  it('exits at once with status 1 on a second signal', async () => {
    const server = startServer(fixture.current.env) // default grace: 8 s
    const conn = await rawConnection(await server.listening)
    conn.socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n')
    await sleep(200)
    server.child.kill('SIGTERM')
    expect(await exitWithin(server, 1_000)).toBe('running')
    server.child.kill('SIGINT')
    // well inside the 8 s grace: only closing the embedded edit database is waited for
    // (it took over 1 s on this 2-core machine under a load average of 10)
    expect(await exitWithin(server, 3_000)).toBe(1)
    expect(server.output()).toMatch(/SIGINT again; exiting now/)
  })
})
