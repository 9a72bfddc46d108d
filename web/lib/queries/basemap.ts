import { queryOptions } from '@tanstack/react-query'
import { apiClient, type BasemapLayer } from '../api/api-client.ts'

export const basemapKeys = {
  all: ['basemap'] as const,
  layer: (layer: BasemapLayer) => [...basemapKeys.all, layer] as const,
}

/** One context layer of the offline basemap (sea, neighbours, coastline, Haihe, outline). */
export const basemapLayerQuery = (layer: BasemapLayer) =>
  queryOptions({
    queryKey: basemapKeys.layer(layer),
    queryFn: () => apiClient.basemap(layer),
  })
