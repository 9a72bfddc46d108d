import { z } from 'zod'
import {
  BilingualSchema,
  ChainLinkRefSchema,
  ClauseIdSchema,
  DistrictCodeSchema,
  DocIdSchema,
  IdSchema,
} from './ids.ts'
import { LocationBasisSchema } from './location-ref.ts'
import { LocationPrecisionSchema } from './precision.ts'

/** Properties shared by parks and sites: the contract other tools read. */
export const PlacePropertiesSchema = BilingualSchema.extend({
  id: IdSchema,
  district_code: DistrictCodeSchema,
  /** Sector ids (see `seeds/extracted/sectors.json`). */
  sectors: z.array(IdSchema).min(1),
  /** Supply-chain links this place provides, `<chainId>/<linkId>`. */
  chain_links: z.array(ChainLinkRefSchema).default([]),
  /** Plans that name it (none for a place added from another source, see `source_url`). */
  plans: z.array(DocIdSchema),
  /** Clause ids that name it (check:data `place-sourced`: these, or a `source_url`). */
  citations: z.array(ClauseIdSchema),
  /** A public page documenting the place (e.g. the firm's), for places no plan clause names. */
  source_url: z.url({ protocol: /^https?$/ }).optional(),
  location_precision: LocationPrecisionSchema,
  /**
   * What the position rests on, for editors (English, technical: the coordinates a source
   * writes, the method); users read `location_basis_zh` / `location_basis_en`.
   */
  location_source: z.string().min(1),
  description_zh: z.string().optional(),
  description_en: z.string().optional(),
}).extend(LocationBasisSchema.shape)
export type PlaceProperties = z.infer<typeof PlacePropertiesSchema>
