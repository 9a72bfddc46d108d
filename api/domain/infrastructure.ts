import { z } from 'zod'
import { AreaGeometrySchema, collectionSchema, featureSchema, PointSchema } from './geometry.ts'
import { BilingualSchema, DistrictCodeSchema, IdSchema } from './ids.ts'
import { LocationBasisSchema } from './location-ref.ts'
import { LocationPrecisionSchema } from './precision.ts'

export const InfrastructureKindSchema = z.enum(['port', 'port-area', 'airport', 'rail-station'])
export type InfrastructureKind = z.infer<typeof InfrastructureKindSchema>

export const InfrastructurePropertiesSchema = BilingualSchema.extend({
  id: IdSchema,
  kind: InfrastructureKindSchema,
  district_code: DistrictCodeSchema,
  location_precision: LocationPrecisionSchema,
  location_source: z.string().min(1),
  /** Attribution text of the data source. */
  attribution: z.string().min(1),
}).extend(LocationBasisSchema.shape)
export type InfrastructureProperties = z.infer<typeof InfrastructurePropertiesSchema>

export const InfrastructureFeatureSchema = featureSchema(
  z.union([PointSchema, AreaGeometrySchema]),
  InfrastructurePropertiesSchema,
)
export type InfrastructureFeature = z.infer<typeof InfrastructureFeatureSchema>
export const InfrastructureCollectionSchema = collectionSchema(InfrastructureFeatureSchema)
