import { connect, type Socket } from 'node:net'

/** A raw loopback connection that collects everything the server sends. */
export interface RawConnection {
  socket: Socket
  /** Everything received so far, as latin1 text (byte-exact). */
  received: () => string
  /** Resolves once the server has closed the connection. */
  ended: Promise<void>
  /** Resolves once `received()` satisfies `test` (rejects after `timeoutMs`). */
  until: (test: (text: string) => boolean, timeoutMs?: number) => Promise<string>
}

/**
 * Opens a TCP connection to 127.0.0.1:`port` (to send requests byte by byte, half-sent or
 * malformed, which no HTTP client would).
 *
 * @example
 * const conn = await rawConnection(port)
 * conn.socket.write('GET * HTTP/1.1\r\nHost: x\r\n\r\n')
 * await conn.ended
 */
export async function rawConnection(port: number): Promise<RawConnection> {
  const socket = connect(port, '127.0.0.1')
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve)
    socket.once('error', reject)
  })
  const chunks: Buffer[] = []
  let joined = ''
  let joinedChunks = 0
  const received = () => {
    if (joinedChunks !== chunks.length) {
      joined = Buffer.concat(chunks).toString('latin1')
      joinedChunks = chunks.length
    }
    return joined
  }
  const waiters = new Set<() => void>()
  socket.on('data', (chunk: Buffer) => {
    chunks.push(chunk)
    for (const wake of waiters) wake()
  })
  socket.on('error', () => {})
  const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()))
  const until = (test: (text: string) => boolean, timeoutMs = 5_000) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const text = received()
        if (!test(text)) return
        waiters.delete(check)
        clearTimeout(timer)
        resolve(text)
      }
      const timer = setTimeout(() => {
        waiters.delete(check)
        reject(new Error(`not received within ${timeoutMs} ms; got:\n${received().slice(0, 500)}`))
      }, timeoutMs)
      waiters.add(check)
      check()
    })
  return { socket, received, ended, until }
}

/** The status, lower-case headers and body of the first response in `text`. */
export function parseResponse(text: string) {
  const end = text.indexOf('\r\n\r\n')
  const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n')
  const headers = new Map(
    lines.map((line) => {
      const at = line.indexOf(':')
      return [line.slice(0, at).toLowerCase(), line.slice(at + 1).trim()] as const
    }),
  )
  return { status: Number(statusLine.split(' ')[1]), headers, body: text.slice(end + 4) }
}
