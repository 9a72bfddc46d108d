import { PlaceTypeSchema } from '../domain/index.ts'
import { decimalParam, enumParam, idParam, optional, positiveParam } from './params.ts'

/** Largest radius the analysis routes accept, km. */
export const MAX_RADIUS_KM = 1000

export const lngParam = decimalParam(-180, 180, {
  description: 'Longitude of the query point, WGS84 degrees',
  example: '117.2',
})
export const latParam = decimalParam(-90, 90, {
  description: 'Latitude of the query point, WGS84 degrees',
  example: '39.13',
})
export const radiusParam = positiveParam(MAX_RADIUS_KM, {
  description: 'Radius in kilometres (great-circle); a place exactly on the radius is included',
  example: '10',
})
export const sectorParam = optional(
  idParam({ description: 'Sector id (matches its sub-sectors too)', example: 'li-battery' }),
)
export const kindParam = optional(
  enumParam(PlaceTypeSchema, { description: 'Only sites or only parks' }),
)
