import { ensurePgliteTemplate } from './pglite-template.ts'

/** Vitest global setup: the PGlite template every test server's `STATE_DIR` starts from. */
export default async function setup() {
  await ensurePgliteTemplate()
}
