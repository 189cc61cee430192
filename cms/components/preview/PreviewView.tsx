/**
 * "Podgląd", a tab of the procedure's document (`/admin/collections/procedures/<id>/podglad`):
 * the latest saved draft as residents would see it once approved — the portal's page in a frame
 * and its PDF card — rendered by the API (cms/collections/Procedures/endpoints/preview.ts) with
 * the portal's own views.
 *
 * The frame is sandboxed without scripts and without forms (the page has neither, and whatever a
 * draft contains cannot run in the admin's origin); the response sets the same sandbox, so the
 * page opened in a tab of its own is held to it too. It keeps its origin: its links to the
 * draft's files and card are the admin's, for signed-in staff only, and Payload accepts the session
 * cookie only from same-origin requests. Popups escape the sandbox, so links open in new tabs.
 */
import type { DocumentViewServerProps } from 'payload';
import { mayPreview } from '../../preview/access';
import { previewMessages as m } from '../../preview/messages';
import { PREVIEW_SANDBOX } from '../../preview/sandbox';

export function PreviewView({ doc, initPageResult }: DocumentViewServerProps) {
  const id = (doc as { id?: number | string } | undefined)?.id;
  if (id === undefined) {
    return (
      <div className="gutter gutter--left gutter--right preview">
        <p>Zapisz procedurę, aby zobaczyć jej podgląd.</p>
      </div>
    );
  }
  if (!mayPreview(initPageResult.req, doc as { department?: unknown })) {
    return (
      <div className="gutter gutter--left gutter--right preview">
        <p>{m.forbidden}</p>
      </div>
    );
  }
  const base = `${initPageResult.req.payload.config.routes.api}/procedures/${encodeURIComponent(String(id))}`;
  return (
    <section className="gutter gutter--left gutter--right preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Podgląd</h2>
      <p className="preview__note">
        Podgląd pokazuje ostatnio zapisaną wersję roboczą — tak, jak zobaczą ją mieszkańcy po zatwierdzeniu. Niezapisanych zmian z
        formularza w nim nie ma: zapisz szkic, aby je zobaczyć.
      </p>
      <ul className="preview__links">
        <li>
          <a href={`${base}/preview`} target="_blank" rel="noopener">
            Otwórz podgląd w nowej karcie
          </a>
        </li>
        <li>
          <a href={`${base}/preview.pdf`} target="_blank" rel="noopener">
            Karta PDF z wersji roboczej (otwiera się w nowej karcie)
          </a>
        </li>
      </ul>
      <iframe
        className="preview__frame"
        src={`${base}/preview`}
        title="Podgląd strony procedury w portalu"
        sandbox={PREVIEW_SANDBOX}
        referrerPolicy="same-origin"
      />
    </section>
  );
}
