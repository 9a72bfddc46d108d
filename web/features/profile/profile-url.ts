import type { UrlPart } from '../../lib/url/url-part.ts'

/** Query parameter of the open park profile: `profile=<parkId>`. */
export const PROFILE_PARAMS = ['profile'] as const

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * The park whose profile is open, or null.
 *
 * @example parseProfileParam(new URLSearchParams('profile=teda')) // 'teda'
 */
export function parseProfileParam(params: URLSearchParams): string | null {
  const id = params.get('profile')
  return id && ID.test(id) ? id : null
}

/** Writes `profile` into `params` (removing it when null). */
export function writeProfileParam(params: URLSearchParams, parkId: string | null | undefined) {
  params.delete('profile')
  if (parkId) params.set('profile', parkId)
}

declare module '../../lib/url/url-part.ts' {
  interface ViewParts {
    /** The park whose profile is open. */
    profile: string
  }
}

/** The profile's part of the view URL. */
export const PROFILE_URL: UrlPart<'profile'> = {
  key: 'profile',
  params: PROFILE_PARAMS,
  parse: parseProfileParam,
  write: writeProfileParam,
}
