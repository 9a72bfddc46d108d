import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../e2e/web-build.ts'
import { ensureServerBuild } from './server-build.ts'

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return jsFiles(path)
    return entry.name.endsWith('.js') ? [path] : []
  })
}

/** `hono/cors` → `hono`, `@hono/node-server/serve-static` → `@hono/node-server`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/')

describe('the production build of the server', () => {
  it('compiles to dist/server and imports only runtime dependencies', () => {
    ensureServerBuild()
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    const runtime = new Set(Object.keys(pkg.dependencies))
    const imported = new Set<string>()
    for (const file of jsFiles(join(ROOT, 'dist/server'))) {
      const text = readFileSync(file, 'utf8')
      for (const [, specifier = ''] of text.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)) {
        if (!specifier.startsWith('.') && !specifier.startsWith('node:')) {
          imported.add(packageOf(specifier))
        }
      }
      expect(text, file).not.toMatch(/from\s+['"]\.[^'"]*\.ts['"]/)
    }
    expect(imported.has('hono')).toBe(true)
    expect([...imported].filter((name) => !runtime.has(name))).toEqual([])
  })
})
