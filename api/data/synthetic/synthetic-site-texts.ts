import type { SitePlacement } from '../../domain/index.ts'

/**
 * What a synthetic site's location fields say, one text per placement (shared by every
 * synthetic site, so a million sites hold three copies). `district` texts name the district
 * representative point, as `check:data` (`precision-fields`) requires.
 */
export const SYNTHETIC_LOCATION_TEXTS: Readonly<
  Record<SitePlacement, { source: string; zh: string; en: string }>
> = {
  source: {
    source: 'Synthetic site (npm run data:synthetic): a seeded random point inside its district.',
    zh: '合成数据：为测试规模随机生成的位置，不是真实场所。',
    en: 'Synthetic data: a random position generated to test scale, not a real place.',
  },
  park: {
    source: 'Synthetic site (npm run data:synthetic): a seeded random point inside its park.',
    zh: '合成数据：在所属园区范围内随机生成的位置，不是真实场所。',
    en: 'Synthetic data: a random position inside its park, generated to test scale; not a real place.',
  },
  district: {
    source:
      'Synthetic site (npm run data:synthetic): district representative point (only the district is known).',
    zh: '合成数据：只知道所在区，标在区的代表点；不是真实场所。',
    en: 'Synthetic data: only the district is known, so it stands at the district’s representative point; not a real place.',
  },
}

/** Where a synthetic site's `source_url` points: a reserved `.invalid` host, never a real page. */
export const SYNTHETIC_SOURCE_URL = 'https://synthetic.invalid/sites/'
