import { after } from 'next/server';
import type { PayloadRequest, SanitizedPermissions, TypedUser } from 'payload';
import { recordVisit } from './recordVisit';

/** Whether this person may file a change request: Payload's own verdict on `change-requests` create. */
export const canReport = (permissions: SanitizedPermissions | undefined): boolean =>
  permissions?.collections?.['change-requests']?.create === true;

/**
 * Records the opening in the consultant's recent list once the page has been sent: the card does
 * not wait for the write. A failure is logged with its context, not shown (the card is already out).
 */
export function rememberOpening(req: PayloadRequest, user: TypedUser, slug: string): void {
  const at = new Date();
  after(() =>
    recordVisit(req.payload, user, slug, at).catch((error: unknown) =>
      req.payload.logger.error({
        err: error,
        msg: `Karta konsultanta: nie zapisano ostatnio otwartej procedury „${slug}” (użytkownik ${user.id}).`,
      }),
    ),
  );
}
