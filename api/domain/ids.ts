import { z } from 'zod'

/** Stable string id: lowercase ascii, digits, dashes (e.g. `tianjin-lishen-battery`). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, 'lowercase kebab-case id, e.g. "binhai-hi-tech-zone"')

/** Document ids of the two seed plans. */
export const DocIdSchema = z.enum(['ne18', 'mfg21'])
export type DocId = z.infer<typeof DocIdSchema>

/**
 * Clause id: `<doc>-<path>` where path follows the document's own numbering, e.g.
 * `ne18-3.4.2` = 三、(四) 2. of the 2018 plan; unnumbered paragraphs are `p<n>` in order,
 * e.g. `mfg21-2.2.p2`; text before the first numbered heading is `<doc>-0.p<n>`.
 */
export const CLAUSE_ID_PATTERN = /^(ne18|mfg21)-\d+(?:\.(?:\d+|p\d+))*$/
export const ClauseIdSchema = z
  .string()
  .regex(CLAUSE_ID_PATTERN, 'clause id like "ne18-3.4.2" or "mfg21-2.2.p2"')

/** GB/T 2260 district code of Tianjin, e.g. "120116". */
export const DISTRICT_CODE_PATTERN = /^1201\d{2}$/
export const DistrictCodeSchema = z.string().regex(DISTRICT_CODE_PATTERN, 'GB/T 2260 code "1201xx"')

/** Chain-link reference `<chainId>/<linkId>`, e.g. `li-battery/cells`. */
export const CHAIN_LINK_REF_PATTERN = /^[a-z0-9-]+\/[a-z0-9-]+$/
export const ChainLinkRefSchema = z
  .string()
  .regex(CHAIN_LINK_REF_PATTERN, 'chain link ref "<chainId>/<linkId>"')

/** Hex colour `#rrggbb`. */
export const ColorSchema = z.string().regex(/^#[0-9a-f]{6}$/i, 'colour "#rrggbb"')

/** Bilingual name pair every user-visible record carries. */
export const BilingualSchema = z.object({
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
})
