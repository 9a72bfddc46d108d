import { z } from 'zod'

/**
 * Account roles, weakest first: `viewer` (signed in, read-only), `editor` (changes places,
 * imports), `admin` (also reverts changes). Anonymous visitors have no role.
 */
export const RoleSchema = z.enum(['viewer', 'editor', 'admin'])
export type Role = z.infer<typeof RoleSchema>
export const ROLES: readonly Role[] = RoleSchema.options

/** Whether `role` grants at least what `needed` grants. */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed)
}
