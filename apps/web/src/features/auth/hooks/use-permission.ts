import type { Permission } from '@fleet/access';
import { checkPermission, type PermissionCheck } from '../utils/permission-check';
import { useAuth } from './use-auth';

/**
 * Whether the signed-in user may do something, and why not: for actions to hide or disable.
 * The API enforces the same rules; this only spares the user a request bound to fail.
 *
 * @example
 * const stop = usePermission('instances:stop');
 * <Button disabled={!stop.allowed} title={stop.reason ?? undefined}>Stop</Button>
 */
export function usePermission(permission: Permission): PermissionCheck {
  const { principal } = useAuth();
  return checkPermission(principal, permission);
}
