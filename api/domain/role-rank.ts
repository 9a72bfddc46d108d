/**
 * Account roles, weakest first: `viewer` (signed in, read-only), `editor` (changes places,
 * imports), `admin` (also reverts changes). Anonymous visitors have no role. Kept apart from
 * `RoleSchema` (`role.ts`) so that the web's session check does not load zod.
 */
export const ROLES = ['viewer', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]

/**
 * Whether `role` grants at least what `needed` grants.
 *
 * @example
 * roleAtLeast('admin', 'editor') // true
 */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed)
}
