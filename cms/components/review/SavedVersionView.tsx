import { redirect } from 'next/navigation';
import type { DocumentViewServerProps } from 'payload';
import { comparisonHref } from './links';
import { saveKey } from './versionChoices';

/**
 * Payload's view of one stored version (`/versions/:id`) compares it field by field with raw
 * labels; an old link to it opens the project's comparison of that save with the live version.
 */
export function SavedVersionView(props: DocumentViewServerProps): never {
  const req = props.initPageResult.req;
  const id = (props.doc as { id: number | string }).id;
  const versionId = props.routeSegments.at(-1) ?? '';
  redirect(comparisonHref({ adminRoute: req.payload.config.routes.admin, id }, { to: saveKey(versionId) }));
}
