import { BASEMAP_LAYERS, basemapFile, GEODATA_FILES } from '../data-files.ts'
import type { CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'

const issue = issueMaker('layers-not-empty')

/**
 * Every layer the map draws (districts, parks, sites, infrastructure and the basemap layers)
 * holds at least one feature: an empty file would start a half-served map.
 */
export const layersNotEmpty: CheckRule = (dataset) => {
  const parts: [string, number][] = [
    [GEODATA_FILES.districts, dataset.districts.length],
    [GEODATA_FILES.parks, dataset.parks.length],
    [GEODATA_FILES.sites, dataset.sites.length],
    [GEODATA_FILES.infrastructure, dataset.infrastructure.length],
    ...BASEMAP_LAYERS.map((layer): [string, number] => [
      basemapFile(layer),
      dataset.basemap[layer]?.features.length ?? 0,
    ]),
  ]
  return parts
    .filter(([, count]) => count === 0)
    .map(([file]) =>
      issue(file, '', '', 'holds no features; the map cannot be served without this layer'),
    )
}
