import { z } from '@hono/zod-openapi'
import { RoleSchema } from '../../domain/role.ts'

/** A change note: why, in the editor's words (shown in the history). */
const ChangeNote = z.string().trim().min(1).max(2000).openapi({
  description: 'Why the place changed (required; shown in the history)',
  example: 'Moved to the plant gate shown on the park’s 2023 site plan',
})

/** Any GeoJSON geometry object; the place rules (check:data) judge it after the merge. */
const GeometryInput = z
  .looseObject({ type: z.string().max(40) })
  .nullable()
  .openapi({ description: 'GeoJSON geometry in WGS84 `[lng, lat]` degrees' })

/** Feature properties as the geodata files hold them (see `geodata/README.md`). */
const PropertiesInput = z.record(z.string().max(64), z.unknown())

export const SignInBody = z
  .strictObject({
    username: z.string().min(1).max(64),
    password: z.string().min(1).max(1024),
  })
  .openapi('SignIn')

export const SessionUserSchema = z
  .object({ name: z.string(), role: RoleSchema })
  .openapi('SessionUser')

export const SessionResponse = z
  .object({
    user: SessionUserSchema.nullable().openapi({ description: '`null` when not signed in' }),
  })
  .openapi('Session')

export const PlaceCreateBody = z
  .strictObject({
    change_note: ChangeNote,
    geometry: GeometryInput,
    properties: PropertiesInput.openapi({
      description: 'All properties of the new place, `id` included (kebab-case, unused)',
    }),
  })
  .openapi('PlaceCreate')

export const PlacePatchBody = z
  .strictObject({
    change_note: ChangeNote,
    geometry: GeometryInput.optional(),
    properties: PropertiesInput.optional().openapi({
      description:
        'Properties to change (merged over the current ones). With `geometry`, `location_precision` and `location_source` are required.',
    }),
  })
  .openapi('PlacePatch')

export const ChangeNoteBody = z.strictObject({ change_note: ChangeNote }).openapi('ChangeNote')

export const RevertBody = z.strictObject({ change_note: ChangeNote.optional() }).openapi('Revert')

export const WriteResponse = z
  .object({
    feature: z.record(z.string(), z.unknown()).nullable(),
    version: z.number().int().positive(),
    change_id: z.number().int().positive(),
    change_set_id: z.number().int().positive(),
    data_version: z.string().openapi({ description: 'The data version now served' }),
  })
  .openapi('PlaceWritten')

const PlaceState = z.enum(['absent', 'base', 'edited', 'deleted'])

export const ChangeEntrySchema = z
  .object({
    id: z.number().int(),
    change_set_id: z.number().int(),
    action: z.enum(['edit', 'import', 'revert']),
    user: z.string(),
    created_at: z.string().openapi({ format: 'date-time' }),
    note: z.string(),
    place: z.object({ kind: z.enum(['site', 'park']), id: z.string() }),
    before_state: PlaceState,
    before: z.record(z.string(), z.unknown()).nullable(),
    after_state: PlaceState.exclude(['absent']),
    after: z.record(z.string(), z.unknown()).nullable(),
    version: z.number().int(),
    reverts_change_id: z.number().int().nullable(),
  })
  .openapi('Change')
export type ChangeEntry = z.infer<typeof ChangeEntrySchema>

export const ChangesResponse = z
  .object({
    changes: z.array(ChangeEntrySchema),
    next_before: z.number().int().nullable().openapi({
      description: 'Pass as `before` for the next (older) page; `null` on the last page',
    }),
  })
  .openapi('Changes')

export const RevertResponse = z
  .object({
    change_set_id: z.number().int(),
    data_version: z.string(),
    changes: z.array(
      z.object({ kind: z.enum(['site', 'park']), id: z.string(), change_id: z.number().int() }),
    ),
  })
  .openapi('Reverted')

const RowProblem = z.object({ row: z.number().int(), column: z.string(), message: z.string() })

export const ImportReportSchema = z
  .object({
    ok: z.boolean().openapi({ description: 'Every row can be imported' }),
    problems: z.array(RowProblem).openapi({ description: 'Problems of the file as a whole' }),
    rows: z.array(
      z.object({
        row: z.number().int().openapi({ description: 'Spreadsheet row (header = 1)' }),
        id: z.string().nullable(),
        action: z.enum(['create', 'update']).nullable(),
        problems: z.array(RowProblem),
        notes: z.array(z.string()),
      }),
    ),
  })
  .openapi('ImportReport')
export type ImportReport = z.infer<typeof ImportReportSchema>

export const ImportResponse = z
  .object({
    dry_run: z.boolean(),
    report: ImportReportSchema,
    change_set_id: z.number().int().nullable(),
    data_version: z.string().nullable(),
  })
  .openapi('ImportResult')
