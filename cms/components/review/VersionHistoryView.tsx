import type { DocumentViewServerProps } from 'payload';
import { isWorkflowState, STATE_LABELS } from '../../workflow/states';
import { HistoryEntryItem } from './HistoryEntryItem';
import { buildHistory, draftSaves } from './history';
import { comparisonHref } from './links';
import { readNames, readRegister, readStoredVersions } from './loadVersions';
import { liveOrLatest } from './versionChoices';

/**
 * "Historia wersji", in place of Payload's list of stored versions: the approved versions by their
 * numbers, the draft's saves grouped between them, and withdrawals and confirmations of validity
 * where they happened — what an editor and the team call versions, not one row per save.
 */
export async function VersionHistoryView(props: DocumentViewServerProps) {
  const req = props.initPageResult.req;
  const doc = props.doc as Record<string, unknown>;
  const id = doc.id as number | string;
  const register = await readRegister(req, id);
  const saves = draftSaves(await readStoredVersions(req, id));
  const history = buildHistory(register, saves);
  const names = await readNames(
    req,
    saves.flatMap((s) => (s.authorId ? [s.authorId] : [])),
  );
  const live = liveOrLatest(register);
  const context = {
    place: { adminRoute: req.payload.config.routes.admin, id },
    names,
    live: live?.isLive ? live.version : undefined,
  };
  const state = isWorkflowState(doc.workflowState) ? STATE_LABELS[doc.workflowState].pl : STATE_LABELS.draft.pl;
  return (
    <section className="gutter gutter--left gutter--right review" aria-labelledby="history-heading">
      <h2 id="history-heading">Historia wersji</h2>
      <p className="review-summary">
        Zatwierdzone wersje: <strong>{register.filter((e) => e.kind === 'approval').length}</strong>. Od najnowszych; zapisy szkicu
        zgrupowane przy wersji, do której prowadziły. <a href={comparisonHref(context.place)}>Porównanie z opublikowaną</a>
      </p>
      {history.length > 0 ? (
        <ol className="review-history">
          {history.map((entry) => (
            <HistoryEntryItem key={entry.type === 'draft' ? 'draft' : entry.entry.id} entry={entry} context={context} state={state} />
          ))}
        </ol>
      ) : (
        <p>Ta procedura nie ma jeszcze zapisanych wersji.</p>
      )}
    </section>
  );
}
