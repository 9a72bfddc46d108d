/**
 * The container's HEALTHCHECK (`node dist/server/api/server/health-check.js`): exits 0 when
 * `GET /api/health` on this machine's `PORT` (default 8787) answers 200 within 4 s, else 1.
 * Node itself, so the image needs no curl.
 */
const port = process.env.PORT || '8787'
fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(4000) }).then(
  (res) => process.exit(res.ok ? 0 : 1),
  () => process.exit(1),
)
