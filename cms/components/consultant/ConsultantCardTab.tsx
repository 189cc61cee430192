/**
 * The card as a tab of the procedure's document ("Karta konsultanta", `/admin/collections/procedures/<id>/karta`),
 * under Payload's header, which already names the procedure (h1).
 */
import { Gutter } from '@payloadcms/ui';
import type { DocumentViewServerProps } from 'payload';
import { numericId } from '../../exchange/numericId';
import { ConsultantCard } from './ConsultantCard';
import { canReport, rememberOpening } from './cardAccess';
import { loadCard } from './loadCard';

export async function ConsultantCardTab({ doc, initPageResult }: DocumentViewServerProps) {
  const { req, permissions } = initPageResult;
  const id = numericId(doc?.id);
  const data = id === null ? null : await loadCard(req, { id });
  if (!data || !req.user) {
    return (
      <Gutter>
        <p>Nie można wyświetlić karty tej procedury.</p>
      </Gutter>
    );
  }
  rememberOpening(req, req.user, data.procedure.slug);
  return (
    <Gutter>
      <ConsultantCard data={data} options={{ level: 2, isStandalone: false, canReport: canReport(permissions) }} />
    </Gutter>
  );
}
