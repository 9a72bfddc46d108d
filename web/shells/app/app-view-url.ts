import { ANALYSIS_URL } from '../../features/analysis/analysis-url.ts'
import { COMPARE_URL } from '../../features/compare/compare-url.ts'
import { STATS_URL } from '../../features/district-stats/stats-url.ts'
import { PROFILE_URL } from '../../features/profile/profile-url.ts'
import { TOUR_URL } from '../../features/tour/tour-url.ts'
import { createViewUrl } from '../../lib/url/view-url.ts'

/** The main app's view URL: the core view, then the analysis, profile, comparison, tour and district statistics. */
export const APP_VIEW_URL = createViewUrl([
  ANALYSIS_URL,
  PROFILE_URL,
  COMPARE_URL,
  TOUR_URL,
  STATS_URL,
])
