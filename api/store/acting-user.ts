import type { Role } from '../domain/role.ts'
import { roleAtLeast } from '../domain/role.ts'
import type { SqlExecutor } from './sql-driver.ts'
import { NotFoundError, PermissionError } from './store-errors.ts'

/**
 * Checks, inside a write transaction, that user `userId` exists, is enabled and has at least
 * `role`; the HTTP layer checks first, this keeps the CLIs and any later caller honest too.
 */
export async function requireActingUser(
  tx: SqlExecutor,
  userId: number,
  role: Role,
): Promise<{ name: string }> {
  const [user] = await tx.query<{ name: string; role: Role; disabled: boolean }>(
    'SELECT name, role, disabled FROM users WHERE id = $1',
    [userId],
  )
  if (!user) throw new NotFoundError(`no user with id ${userId}`)
  if (user.disabled) throw new PermissionError(`user ${user.name} is disabled`)
  if (!roleAtLeast(user.role, role)) {
    throw new PermissionError(`user ${user.name} is ${user.role}; this needs ${role}`)
  }
  return { name: user.name }
}
