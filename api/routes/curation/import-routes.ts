import { z } from '@hono/zod-openapi'
import type { ApiContext } from '../api-context.ts'
import { ApiHttpError } from '../api-http-error.ts'
import { createRouter } from '../create-router.ts'
import { defineRoute, errorContent } from '../define-route.ts'
import { enumParam, optional, textParam } from '../params.ts'
import { type ImportReport, ImportResponse } from './curation-schemas.ts'
import { WRITE_ERRORS } from './place-write-routes.ts'
import { curationOf, requireUser } from './require-user.ts'
import { storeCall } from './store-error-http.ts'

const CSV_COLUMNS =
  'name_zh, name_en, lng, lat, crs, district_code, park_id, sectors, location_precision, location_source, source_url (optional: id, kind, status, citations, chain_links, description_zh, description_en)'

const importRoute = defineRoute({
  method: 'post',
  path: '/sites',
  summary: 'Import sites from CSV (editor): one change set, all rows or none',
  description: `UTF-8 CSV (byte-order mark or not) with the columns ${CSV_COLUMNS}. \`crs\` is wgs84, gcj02 or bd09; positions are stored in WGS84. A row with an existing \`id\` updates that site.`,
  request: {
    query: z.strictObject({
      dry_run: optional(
        enumParam(z.enum(['true', 'false']), {
          description: '`true`: only report, per row, what the import would do; write nothing',
        }),
      ),
      note: optional(textParam(500, { description: 'Change note (default: names the rows)' })),
    }),
    body: { required: true, content: { 'text/csv': { schema: z.string() } } },
  },
  responses: {
    200: { description: 'Dry run', content: { 'application/json': { schema: ImportResponse } } },
    201: { description: 'Imported', content: { 'application/json': { schema: ImportResponse } } },
    ...WRITE_ERRORS,
    415: errorContent('The body is not text/csv'),
  },
})

/**
 * `POST /sites` at `/api/import`: the sites CSV, checked row by row (and by every check:data
 * rule on the data as it would be published). `?dry_run=true` answers the report only; a real
 * import writes every row as one change set (revert it with `POST /api/change-sets/{id}/revert`)
 * or, when any row has a problem, nothing (400 listing each row's problems).
 */
export function createImportRoutes(ctx: ApiContext) {
  return createRouter().openapi(importRoute, async (c) => {
    const user = await requireUser(c, ctx, 'editor')
    const type = c.req.header('content-type') ?? ''
    if (!/^text\/csv\s*(;|$)/i.test(type)) {
      throw new ApiHttpError(415, 'unsupported_media_type', 'send the CSV as text/csv', {
        parameter: 'Content-Type',
        value: type.slice(0, 120),
        allowed: 'text/csv; charset=utf-8',
      })
    }
    const { dry_run, note } = c.req.valid('query')
    const csv = new TextDecoder('utf-8').decode(await c.req.arrayBuffer())
    const dryRun = dry_run === 'true'
    const port = curationOf(ctx)
    const { report, written } = await storeCall(() =>
      port.importSites(dryRun ? { csv } : { csv, user, ...(note ? { note } : {}) }),
    )
    c.header('Cache-Control', 'no-store')
    if (!dryRun && !report.ok) throw refused(report)
    const body = {
      dry_run: dryRun,
      report,
      change_set_id: written?.changeSetId ?? null,
      data_version: written ? ctx.live().dataVersion : null,
    }
    return c.json(body, dryRun ? 200 : 201)
  })
}

function refused(report: ImportReport): ApiHttpError {
  const problems = [...report.problems, ...report.rows.flatMap((r) => r.problems)].map((p) => ({
    field: p.column,
    message: p.message,
    row: p.row,
  }))
  const first = problems[0]
  const message = first
    ? `nothing imported: row ${first.row} · ${first.field}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`
    : 'nothing imported'
  return new ApiHttpError(400, 'invalid_body', message, {
    parameter: first?.field,
    problems,
  })
}
