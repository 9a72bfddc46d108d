import { type ImportEdge, unitOf } from './import-graph.ts'

/** Layers of web/, bottom to top: an import may only point to its own layer or below. */
const WEB_LAYERS = ['web/lib', 'web/map', 'web/features', 'web/shells'] as const

const layerOf = (unit: string) => WEB_LAYERS.findIndex((layer) => unit.startsWith(layer))

/** What web/ may use of api/: the shared contract, the pure analysis and the typed client. */
const API_FOR_WEB = ['api/domain', 'api/analysis', 'api/client']

/**
 * Why an import breaks the layering, or null when it is allowed:
 * - web: lib → map → features → shells, upward only as far as the layer below; features never
 *   import another feature, shells never another shell, and nothing imports a shell;
 * - web may import api/domain, api/analysis and api/client (and the app type, type-only);
 * - api/domain imports nothing of ours; api/analysis only api/domain; api/client the domain
 *   (and the routes' app type, type-only); nothing in api/ imports web/.
 */
export function violation(edge: ImportEdge): string | null {
  const from = unitOf(edge.file)
  const to = unitOf(edge.target)
  if (from === to) return null
  if (from.startsWith('web')) {
    if (to.startsWith('api')) {
      if (API_FOR_WEB.includes(to)) return null
      if (edge.typeOnly && edge.target === 'api/routes/api-routes.ts') return null
      return `web/ may import only ${API_FOR_WEB.join(', ')} (and the app type) from api/`
    }
    if (to.startsWith('web/shells')) return 'nothing imports a shell'
    const fromLayer = layerOf(from)
    const toLayer = layerOf(to)
    if (fromLayer < 0 || toLayer < 0) return null
    if (toLayer > fromLayer)
      return `${WEB_LAYERS[fromLayer]} must not import ${WEB_LAYERS[toLayer]}`
    if (from.startsWith('web/features') && to.startsWith('web/features')) {
      return 'a feature must not import another feature (move what both need down to lib/ or map/)'
    }
    return null
  }
  if (to.startsWith('web')) return 'api/ must not import web/'
  if (from === 'api/domain') return 'api/domain imports nothing of ours'
  if (from === 'api/analysis' && to !== 'api/domain') return 'api/analysis imports only api/domain'
  if (from === 'api/client') {
    if (to === 'api/domain') return null
    if (edge.typeOnly && to === 'api/routes') return null
    return 'api/client imports only api/domain (and the app type, type-only)'
  }
  return null
}
