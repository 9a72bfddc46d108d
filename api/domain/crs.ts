import { z } from 'zod'

/**
 * Coordinate systems a position may come in: `wgs84` (GPS, what the data stores), `gcj02`
 * (China's obfuscated datum used by Amap, Tencent and Apple maps in China) and `bd09`
 * (Baidu's, derived from GCJ-02). Only WGS84 is stored; the others exist at import and copy
 * edges and are always converted.
 */
export const CrsSchema = z.enum(['wgs84', 'gcj02', 'bd09'])
export type Crs = z.infer<typeof CrsSchema>
