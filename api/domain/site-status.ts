/**
 * Project statuses as the plans state them, in the order filters list them. The one list the
 * site schema, the API's `status` parameter, the layer panel and the URL parser share
 * (plain data, no zod, so the web imports it cheaply).
 */
export const SITE_STATUSES = [
  'operating',
  'in-production',
  'under-construction',
  'pipeline',
  'planned',
] as const
export type SiteStatus = (typeof SITE_STATUSES)[number]

/**
 * Whether `value` is a site status.
 * @example isSiteStatus('planned') // true
 */
export function isSiteStatus(value: unknown): value is SiteStatus {
  return (SITE_STATUSES as readonly unknown[]).includes(value)
}
