import { type CollectionBeforeOperationHook, ValidationError } from 'payload';
import { isProduction } from '../../../env';
import { passwordProblem } from '../passwordPolicy';

/**
 * Every way a password is set — account creation, a change in the account view, a reset — goes
 * through the policy. Only the demo seed of a development database may set `demo1234` (a named
 * contract; those accounts are refused in production, see refuseDemoInProduction).
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = async ({ args, operation, req, context }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args;
  const data = (args as { data?: Record<string, unknown> }).data;
  const password = data?.password;
  if (typeof password !== 'string') return args;
  if (context.demoSeed === true && !isProduction()) return args;
  let personal = [data?.email, data?.name].filter((v): v is string => typeof v === 'string');
  const id = (args as { id?: number | string }).id;
  if (id != null) {
    const user = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true, req });
    if (user) personal = [...personal, user.email, user.name].filter((v): v is string => typeof v === 'string');
  }
  const problem = passwordProblem(password, personal);
  if (problem) throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message: problem }], req }, req.t);
  return args;
};
