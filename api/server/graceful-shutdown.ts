import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { Server as NetServer, type Socket } from 'node:net'

export interface ShutdownOptions {
  /** Longest wait for requests and connections to finish before closing them, ms. */
  graceMs: number
  /** Signals arriving this soon after the first count as the same one, ms. */
  repeatWindowMs?: number
  log: (line: string) => void
  exit: (code: number) => void
}

/**
 * Graceful shutdown of a Node HTTP server on SIGTERM/SIGINT:
 * 1. stop accepting connections (the listening socket closes; kept-alive connections stay);
 * 2. in-flight requests finish; every response not yet started, and every request still
 *    arriving on a kept-alive connection, is answered with `Connection: close`, and a
 *    connection whose response has finished is closed after it;
 * 3. after `graceMs`, connections still open (idle keep-alive, half-sent requests) are
 *    destroyed; exit 0 as soon as none is left (exit 1 if that has not happened 2 s later).
 * A second signal (after `repeatWindowMs`, since npm forwards a terminal's Ctrl-C that node
 * also receives) exits at once with status 1.
 *
 * @example
 * const shutdown = gracefulShutdown(server, { graceMs: 8000, log: console.log, exit: process.exit })
 * process.on('SIGTERM', shutdown)
 */
export function gracefulShutdown(server: Server, options: ShutdownOptions) {
  const sockets = new Set<Socket>()
  const inFlight = new Set<ServerResponse>()
  let stoppingSince: number | null = null
  const closeAfter = (res: ServerResponse) => {
    res.once('finish', () => res.socket?.end())
  }
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    inFlight.add(res)
    res.once('close', () => inFlight.delete(res))
    if (stoppingSince === null) return
    res.setHeader('Connection', 'close')
    closeAfter(res)
  })
  return (signal: NodeJS.Signals | string = 'SIGTERM') => {
    const now = Date.now()
    if (stoppingSince !== null) {
      if (now - stoppingSince < (options.repeatWindowMs ?? 500)) return
      options.log(`server: ${signal} again; exiting now with ${sockets.size} connection(s) open`)
      options.exit(1)
      return
    }
    stoppingSince = now
    options.log(
      `server: ${signal}: finishing ${inFlight.size} request(s) and closing ${sockets.size} connection(s), at most ${options.graceMs} ms`,
    )
    // net.Server's close: stops listening but, unlike http.Server's, keeps idle kept-alive
    // connections open, so a request already on its way is answered with Connection: close
    NetServer.prototype.close.call(server, () => {
      options.log('server: stopped')
      options.exit(0)
    })
    for (const res of inFlight) {
      if (!res.headersSent) res.setHeader('Connection', 'close')
      closeAfter(res)
    }
    const force = setTimeout(() => {
      options.log(`server: grace period over; closing ${sockets.size} connection(s)`)
      for (const socket of sockets) socket.destroy()
    }, options.graceMs)
    force.unref()
    setTimeout(() => options.exit(1), options.graceMs + 2000).unref()
  }
}
