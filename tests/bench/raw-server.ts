import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

/**
 * The anchor of the HTTP bench: a trivial node:http server answering each URL of the
 * manifest (argv[2], JSON `{ "<path?query>": { "file": …, "headers": {…} } }`) with the same
 * bytes — body and headers as the app sent them — read into memory once. Prints
 * `listening on <port>`.
 */
const manifest = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as Record<
  string,
  { file: string; headers: Record<string, string> }
>
const bodies = new Map(
  Object.entries(manifest).map(([url, { file, headers }]) => [
    url,
    { body: readFileSync(file), headers },
  ]),
)
const server = createServer((req, res) => {
  const entry = bodies.get(req.url ?? '')
  if (!entry) {
    res.writeHead(404).end()
    return
  }
  res.writeHead(200, entry.headers)
  res.end(entry.body)
})
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  console.log(`listening on ${typeof address === 'object' && address ? address.port : 0}`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
