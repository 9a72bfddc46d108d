import { z } from 'zod'
import { ROLES } from './role-rank.ts'

export { ROLES, type Role, roleAtLeast } from './role-rank.ts'

/** An account role (`role-rank.ts`), as the API and the CLI validate it. */
export const RoleSchema = z.enum(ROLES)
