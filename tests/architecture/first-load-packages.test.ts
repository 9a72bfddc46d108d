import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileImports, ROOT, resolveImport } from './import-graph.ts'

/** The pages' entries (`web/*.html`). */
const PAGES = { app: 'web/shells/app/main.tsx', embed: 'web/shells/embed/main.tsx' }

/** Packages no page may load on a first visit, and why. */
const NOT_AT_FIRST_LOAD: Record<string, string> = {
  zod: 'the schemas validate on the server; the web needs only their types',
}

const packageName = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/')

/**
 * The packages a page loads at once: those its entry imports — not type-only, not by
 * `import()` — directly or through our files it so imports, each with the first importer.
 */
function firstLoadPackages(entry: string): Map<string, string> {
  const packages = new Map<string, string>()
  const seen = new Set<string>()
  const visit = (path: string) => {
    if (seen.has(path) || !/\.tsx?$/.test(path)) return
    seen.add(path)
    for (const { specifier, typeOnly, dynamic } of fileImports(path)) {
      if (typeOnly || dynamic) continue
      if (specifier.startsWith('.')) visit(resolveImport(path, specifier))
      else if (!packages.has(packageName(specifier))) {
        packages.set(packageName(specifier), relative(ROOT, path))
      }
    }
  }
  visit(join(ROOT, entry))
  return packages
}

describe('the packages of a first visit', () => {
  for (const [page, entry] of Object.entries(PAGES)) {
    it(`leave out of the ${page} page what it must not load at first`, () => {
      const packages = firstLoadPackages(entry)
      expect(packages.has('maplibre-gl')).toBe(true)
      const loaded = Object.entries(NOT_AT_FIRST_LOAD).flatMap(([name, why]) =>
        packages.has(name) ? [`${name} (imported by ${packages.get(name)}): ${why}`] : [],
      )
      expect(loaded, loaded.join('\n')).toEqual([])
    })
  }
})
