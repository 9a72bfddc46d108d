import { build, type InlineConfig, type Plugin } from 'vite'

/**
 * React's entry points as Preact's compatibility layer, for the embed only: React DOM is ~60 KB
 * gzip of the ~110 KB the embed loads besides MapLibre, Preact with its compat layer ~10 KB.
 * A prefix matches its sub-paths too (`react/jsx-runtime` → `preact/compat/jsx-runtime`,
 * `react-dom/client` → `preact/compat/client`), so `@tanstack/react-query` gets Preact as well.
 */
export const PREACT_ALIASES = { react: 'preact/compat', 'react-dom': 'preact/compat' }

/**
 * Builds the public embed (`embed.html`) as its own page once the app's build has written its
 * files: React aliased to Preact (`PREACT_ALIASES`), its own chunks (none shared with the app,
 * which also compress better together), the same `outDir`, which it does not empty, the same
 * log level. `config` gives the embed build's inline config (without the aliases), with fresh
 * plugin instances.
 */
export function embedBuildPlugin(config: () => InlineConfig): Plugin {
  let written = false
  let logLevel: InlineConfig['logLevel']
  return {
    name: 'tianjin-embed-build',
    apply: 'build',
    configResolved(resolved) {
      logLevel = resolved.logLevel
    },
    writeBundle() {
      written = true
    },
    async closeBundle() {
      // Not after a failed build (Rollup closes the bundle either way).
      if (!written) return
      const embed = config()
      await build({
        ...embed,
        configFile: false,
        logLevel,
        resolve: { ...embed.resolve, alias: PREACT_ALIASES },
        build: { ...embed.build, emptyOutDir: false },
      })
    },
  }
}
