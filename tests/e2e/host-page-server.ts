import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface HostPageServer {
  /** e.g. `http://localhost:40123` — another origin than the app's `127.0.0.1:<port>`. */
  origin: string
  stop(): Promise<void>
}

/**
 * A tiny `node:http` server standing in for a third-party site: it answers every GET with
 * `html(path)`, from `localhost` on its own port — a different origin from the app under test.
 */
export function startHostPageServer(html: (path: string) => string): Promise<HostPageServer> {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(html(req.url ?? '/'))
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        origin: `http://localhost:${port}`,
        stop: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}

/** A news-article-like page framing `src`, with text above and below (to scroll past it). */
export function framingPage(src: string, title: string): string {
  const filler = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>'.repeat(12)
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title></head>
<body><h1>Host page</h1>${filler}
<iframe src="${src}" width="100%" height="480" style="border:0" loading="eager" title="${title}" allow="fullscreen"></iframe>
${filler}</body></html>`
}
