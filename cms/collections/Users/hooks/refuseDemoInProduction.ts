import { APIError, type CollectionBeforeLoginHook } from 'payload';
import { isProduction } from '../../../env';
import { DEMO_EMAILS } from '../../../seed/users';

/** The demo accounts have a published password: in production they cannot sign in at all. */
export const refuseDemoInProduction: CollectionBeforeLoginHook = ({ user }) => {
  if (isProduction() && DEMO_EMAILS.has(String(user.email).toLowerCase())) {
    throw new APIError('Konta demonstracyjne są wyłączone w trybie produkcyjnym (NODE_ENV=production).', 403, undefined, true);
  }
  return user;
};
