import type { Access, Where } from 'payload';
import { warsawDay } from '../time/warsawDay';
import { staffOf } from './roles';

/**
 * What an anonymous reader may see: published, not internal, and with a validity window that
 * contains today (Europe/Warsaw). Staff see everything.
 */
export const publicLiveOrStaff: Access = ({ req }) => {
  if (staffOf(req)) return true;
  const today = warsawDay(new Date());
  const startOfNextDay = `${today}T23:59:59.999Z`;
  const where: Where = {
    and: [
      { _status: { equals: 'published' } },
      { internal: { not_equals: true } },
      { or: [{ validFrom: { exists: false } }, { validFrom: { equals: null } }, { validFrom: { less_than_equal: startOfNextDay } }] },
      {
        or: [{ validTo: { exists: false } }, { validTo: { equals: null } }, { validTo: { greater_than_equal: `${today}T00:00:00.000Z` } }],
      },
    ],
  };
  return where;
};
