import { z } from 'zod'
import { DistrictCodeSchema, IdSchema } from './ids.ts'

/** The place an alias names: a district (by code), park, site or infrastructure feature. */
export const AliasPlaceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('district'), id: DistrictCodeSchema }),
  z.object({ kind: z.enum(['park', 'site', 'infrastructure']), id: IdSchema }),
])
export type AliasPlace = z.infer<typeof AliasPlaceSchema>

/**
 * Other names people search a place by (`geodata/aliases.json`): short forms, former names,
 * abbreviations, e.g. TEDA / 泰达 for the Tianjin Economic-Technological Development Area,
 * 塘沽 for the part of Binhai New Area it was until 2009. Each with the reason it is one.
 */
export const AliasSchema = z.object({
  place: AliasPlaceSchema,
  /** Chinese forms (short names, former names). */
  zh: z.array(z.string().min(1)),
  /** English or Latin forms (abbreviations, codes, pinyin). */
  en: z.array(z.string().min(1)),
  /** Why these are names of the place, for editors (not shown). */
  note: z.string().min(1),
})
export type Alias = z.infer<typeof AliasSchema>
