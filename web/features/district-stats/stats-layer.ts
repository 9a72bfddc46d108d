import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { STATS_COLORS } from '../../lib/theme/theme.ts'

export const STATS_SOURCE = 'district-stats'

/** Colour of a class index (-1 zero), as the legend shows it. */
export function classColor(cls: number): string {
  if (cls < 0) return STATS_COLORS.zero
  return STATS_COLORS.ramp[Math.min(cls, STATS_COLORS.ramp.length - 1)] ?? STATS_COLORS.zero
}

/** Districts filled by class; districts without a figure stay as they are. */
export const STATS_FILL_LAYER: LayerSpecification = {
  id: 'district-stats-fill',
  type: 'fill',
  source: STATS_SOURCE,
  filter: ['!=', ['typeof', ['get', 'cls']], 'null'],
  paint: {
    'fill-color': [
      'match',
      ['get', 'cls'],
      -1,
      classColor(-1),
      ...STATS_COLORS.ramp.flatMap((color, i) => [i, color]),
      STATS_COLORS.zero,
    ] as ExpressionSpecification,
    'fill-opacity': 0.72,
  },
}
