/**
 * One line saying why the server could not listen on `host:port`.
 *
 * @example
 * listenErrorLine(Object.assign(new Error(), { code: 'EADDRINUSE' }), '0.0.0.0', 8787)
 * // 'server: cannot listen on 0.0.0.0:8787: the port is already in use (set PORT to another)'
 */
export function listenErrorLine(error: NodeJS.ErrnoException, host: string, port: number): string {
  const reasons: Record<string, string> = {
    EADDRINUSE: 'the port is already in use (set PORT to another)',
    EACCES: 'permission denied (ports below 1024 need privileges; set PORT to another)',
    EADDRNOTAVAIL: 'this machine has no such address (set HOST to one of its addresses)',
    ENOTFOUND: 'the host name does not resolve (set HOST to an address of this machine)',
    EAI_AGAIN: 'the host name could not be resolved (set HOST to an address of this machine)',
  }
  const reason = (error.code && reasons[error.code]) ?? error.message
  return `server: cannot listen on ${host}:${port}: ${reason}`
}
