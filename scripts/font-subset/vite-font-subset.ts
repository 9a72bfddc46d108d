import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { buildFontSubset } from './build-font-subset.ts'
import { subsetCodePoints } from './subset-text.ts'

/** Where the subset is written, inside the web app (ignored by git, rebuilt by every build). */
export const SUBSET_DIR = 'web/lib/theme/subset'
export const SUBSET_WEIGHTS = [400, 700] as const
export const subsetFile = (weight: 400 | 700) => `noto-sans-sc-subset-${weight}.woff2`
const MANIFEST = 'subset.json'

/** What the subset was built from: its code points and this builder's own source. */
function inputKey(codePoints: readonly number[]): string {
  const builder = readFileSync(new URL('./build-font-subset.ts', import.meta.url))
  return createHash('sha256').update(builder).update(codePoints.join(',')).digest('hex')
}

/**
 * Writes `web/lib/theme/subset/`: Noto Sans SC at 400 and 700 holding exactly the glyphs that
 * the data and the UI use (`subset-text.ts`), before Vite resolves any module — so `vite build`,
 * `vite` (dev) and the browser tests' build all have it. Skipped when the code points and the
 * builder are unchanged since the last run (`subset.json` keeps the key).
 */
export async function ensureFontSubset(root: string, log = console.log): Promise<void> {
  const dir = join(root, SUBSET_DIR)
  const codePoints = await subsetCodePoints(root)
  const key = inputKey(codePoints)
  const manifestPath = join(dir, MANIFEST)
  const built = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as { key?: string }).key
    : undefined
  const complete = SUBSET_WEIGHTS.every((w) => existsSync(join(dir, subsetFile(w))))
  if (built === key && complete) return
  const started = Date.now()
  mkdirSync(dir, { recursive: true })
  for (const weight of SUBSET_WEIGHTS) {
    const { font, mapped } = await buildFontSubset(codePoints, weight)
    writeFileSync(join(dir, subsetFile(weight)), font)
    const missing = codePoints.filter((p) => !mapped.includes(p))
    if (missing.length > 0) {
      const chars = missing.map((p) => `${String.fromCodePoint(p)} (U+${p.toString(16)})`)
      log(
        `font subset: Noto Sans SC has no glyph for ${chars.join(', ')} (${weight}); the system's fonts draw them`,
      )
    }
  }
  writeFileSync(manifestPath, `${JSON.stringify({ key, code_points: codePoints.length })}\n`)
  log(`font subset: ${codePoints.length} code points, ${Date.now() - started} ms`)
}

/** The Vite plugin running `ensureFontSubset` at the start of every build and dev server. */
export function fontSubsetPlugin(root: string): Plugin {
  return {
    name: 'tianjin-font-subset',
    async buildStart() {
      await ensureFontSubset(root, (message) => this.info(message))
    },
  }
}
