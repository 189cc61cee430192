import type { Payload } from 'payload';
import { dayToStored, warsawDay } from '../../schemas/rules/time';
import type { SystemRequestContext } from '../collections/ChangeRequests/sources';
import { fileRequests } from '../jobs/legalWatch';
import type { LinkCheckResult } from '../jobs/linkCheck';
import { changesSince } from '../quality/eli/changes';
import { REFERENCE } from '../quality/eli/types';
import { collectLinks } from '../quality/links/collectLinks';
import { linkMessages } from '../quality/messages.pl';
import { loadRows, type ProcedureRow } from '../quality/procedureRows';

const DAY = 86_400_000;

function bySlug(rows: readonly ProcedureRow[], slug: string): ProcedureRow {
  const row = rows.find((r) => r.slug === slug);
  if (!row) throw new Error(`Demo procedure missing: ${slug}`);
  return row;
}

/** Review dates as if time had passed: one review overdue, one due within 30 days. */
async function reviewDates(payload: Payload, rows: readonly ProcedureRow[], now: Date): Promise<void> {
  const set = (slug: string, offsetDays: number) =>
    payload.update({
      collection: 'procedures',
      id: bySlug(rows, slug).id,
      data: { reviewDue: dayToStored(warsawDay(new Date(now.getTime() + offsetDays * DAY))) },
      draft: true,
      overrideAccess: true,
      context: { workflowTransition: 'demo' },
    });
  await set('stypendium-szkolne', -21);
  await set('rekrutacja-do-przedszkola', 14);
}

/**
 * What the weekly legal-basis watch would have filed: the demo cannot reach the Sejm's ELI API, so
 * the act's data are given here in the API's shape and go through the watch's own rule and filing.
 * The demo's approvals are made as it is seeded, so the change is dated against the day the
 * description was written instead.
 */
async function legalChange(payload: Payload, rows: readonly ProcedureRow[]): Promise<void> {
  const row = bySlug(rows, 'podatek-od-nieruchomosci-osoby-fizyczne');
  const entry = row.record.legalBasis.find((e) => e.includes('poz. 70')) ?? '';
  const amendment = {
    eli: 'DU/2026/285',
    title: 'Ustawa z dnia 20 lutego 2026 r. o zmianie ustawy o podatkach i opłatach lokalnych oraz niektórych innych ustaw',
    promulgation: '2026-03-05',
    date: '2026-07-01',
  };
  const changes = changesSince(
    {
      citedEli: 'DU/2023/70',
      cited: { ELI: 'DU/2023/70' },
      baseEli: 'DU/2023/70',
      baseReferences: { [REFERENCE.amendingActs]: [amendment] },
    },
    row.record.informationCreatedAt ?? '2025-01-01',
  );
  await fileRequests(payload, row.id, [{ entry, eli: 'DU/2023/70', source: 'recognised', changes }]);
}

/** One link-check run as the weekly job records it, with one dead e-form address. */
async function deadLink(payload: Payload, rows: readonly ProcedureRow[], now: Date): Promise<void> {
  const targets = collectLinks(rows.filter((r) => r.workflowState !== 'withdrawn').map((r) => ({ ...r.record, slug: r.slug })));
  const dead = targets.find((t) => t.url === 'https://lckm.uml.lodz.pl/zgloszenia/nowe');
  if (!dead) throw new Error('Demo link missing: https://lckm.uml.lodz.pl/zgloszenia/nowe');
  const result: LinkCheckResult = {
    checked: targets.length,
    broken: [{ ...dead, status: 404, error: { code: 'http', message: linkMessages.http(404) } }],
  };
  await payload.create({
    collection: 'job-runs',
    data: {
      job: 'link-check',
      startedAt: new Date(now.getTime() - 60_000).toISOString(),
      finishedAt: now.toISOString(),
      outcome: 'success',
      summary: `Sprawdzono ${targets.length} adresów; niedziałające: 1 (dane demonstracyjne).`,
      result: result as never,
    },
    overrideAccess: true,
  });
}

async function residentReport(payload: Payload, rows: readonly ProcedureRow[]): Promise<void> {
  const context: SystemRequestContext = { changeRequestSource: 'resident' };
  await payload.create({
    collection: 'change-requests',
    data: {
      procedure: bySlug(rows, 'wymiana-dowodu-osobistego').id,
      message:
        'Zgłoszenie mieszkańca z portalu (formularz „Czy te informacje są aktualne? Zgłoś błąd”):\n\nW opisie jest tylko zdjęcie papierowe 35 x 45 mm, a przy wniosku przez internet dodaje się zdjęcie w pliku. Proszę to dopisać.',
    } as never,
    overrideAccess: true,
    context: { ...context },
  });
}

/**
 * The quality checks at work in the demo (issue 14): some procedures complete for the EU Single
 * Digital Gateway and some not (their JSON files), one review overdue and one due soon, a change
 * of a cited act found by the legal-basis watch, a dead link found by the link check, and a
 * resident's report.
 */
export async function seedQualityDemo(payload: Payload): Promise<void> {
  const now = new Date();
  const rows = await loadRows(payload);
  await reviewDates(payload, rows, now);
  await legalChange(payload, rows);
  await deadLink(payload, rows, now);
  await residentReport(payload, rows);
}
