import type { DocumentViewServerProps, PayloadRequest } from 'payload';
import { ComparisonTable } from './ComparisonTable';
import { compareVersions } from './compareVersions';
import { draftSaves } from './history';
import { comparisonHref, historyHref, type ReviewPlace } from './links';
import { approvedSide, draftSide, readNames, readRegister, readStoredVersions, savedSide } from './loadVersions';
import type { ComparedVersion } from './types';
import { VersionPicker } from './VersionPicker';
import { approvedKey, chosenKey, DRAFT_KEY, liveOrLatest, sideOf, type VersionChoice, versionChoices } from './versionChoices';

const NOTHING: ComparedVersion = { record: null, files: new Map() };

async function loadSide(req: PayloadRequest, doc: Record<string, unknown>, key: string | undefined): Promise<ComparedVersion | null> {
  const side = key === undefined ? undefined : sideOf(key);
  const id = doc.id as number | string;
  if (!side) return null;
  if (side.type === 'draft') return draftSide(req, doc);
  if (side.type === 'approved') return approvedSide(req, id, side.version);
  return savedSide(req, id, side.id);
}

/** The versions the page compares, from the address, the draft against the live version by default. */
async function chooseVersions(req: PayloadRequest, doc: Record<string, unknown>, params: DocumentViewServerProps['searchParams']) {
  const id = doc.id as number | string;
  const register = await readRegister(req, id);
  const saves = draftSaves(await readStoredVersions(req, id));
  const names = await readNames(
    req,
    saves.flatMap((s) => (s.authorId ? [s.authorId] : [])),
  );
  const choices = versionChoices(register, saves, names);
  const live = liveOrLatest(register);
  const from = chosenKey(params?.od, choices, live ? approvedKey(live.version) : undefined);
  const to = chosenKey(params?.do, choices, DRAFT_KEY) ?? DRAFT_KEY;
  return { choices, from, to, hasLive: register.some((e) => e.kind === 'approval' && e.isLive) };
}

const labelOf = (choices: readonly VersionChoice[], key: string | undefined) =>
  choices.find((c) => c.key === key)?.label ?? 'brak zatwierdzonej wersji';

/**
 * "Porównanie z opublikowaną": what a change would alter in what residents read. By default the
 * latest draft against the live approved version; any approved version or earlier save may be
 * picked instead. Only the fields that differ, unless all are asked for.
 */
export async function ComparisonView(props: DocumentViewServerProps) {
  const req = props.initPageResult.req;
  const doc = props.doc as Record<string, unknown>;
  const place: ReviewPlace = { adminRoute: req.payload.config.routes.admin, id: doc.id as number | string };
  const { choices, from, to, hasLive } = await chooseVersions(req, doc, props.searchParams);
  const showAll = props.searchParams?.wszystkie === 'tak';
  const rows = compareVersions((await loadSide(req, doc, from)) ?? NOTHING, (await loadSide(req, doc, to)) ?? NOTHING);
  const changed = rows.filter((row) => row.status !== 'same');
  const shown = showAll ? rows : changed;
  return (
    <section className="gutter gutter--left gutter--right review" aria-labelledby="review-heading">
      <h2 id="review-heading">Porównanie wersji</h2>
      {!hasLive ? (
        <p className="review-note">
          Ta procedura nie ma teraz opublikowanej wersji.{' '}
          {from ? 'Porównano z ostatnią zatwierdzoną wersją.' : 'Nie ma też zatwierdzonej wersji: poniżej cała treść szkicu.'}
        </p>
      ) : null}
      <VersionPicker choices={choices} from={from} to={to} showAll={showAll} />
      <p className="review-summary">
        Zmienione pola: <strong>{changed.length}</strong> z {rows.length}.{' '}
        <a href={comparisonHref(place, { from, to, showAll: !showAll })}>
          {showAll ? 'Pokaż tylko zmienione pola' : 'Pokaż wszystkie pola'}
        </a>{' '}
        · <a href={historyHref(place)}>Historia wersji</a>
      </p>
      {shown.length > 0 ? (
        <ComparisonTable rows={shown} before={labelOf(choices, from)} after={labelOf(choices, to)} />
      ) : (
        <p>Te wersje się nie różnią.</p>
      )}
    </section>
  );
}
