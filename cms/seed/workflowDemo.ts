import { createLocalReq, type Payload, type PayloadRequest } from 'payload';
import { numericId } from '../exchange/numericId';
import type { Actor } from '../workflow/actor';
import { runTransition } from '../workflow/runTransition';
import { DEMO_USERS } from './users';

async function actor(payload: Payload, email: string): Promise<Actor> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, overrideAccess: true });
  const user = docs[0];
  if (!user) throw new Error(`Demo user missing: ${email}`);
  return { id: user.id, name: user.name, role: user.role, department: numericId(user.department), email: user.email };
}

async function procedureIdBySlug(payload: Payload, slug: string): Promise<number> {
  const { docs } = await payload.find({
    collection: 'procedures',
    where: { slug: { equals: slug } },
    draft: true,
    depth: 0,
    overrideAccess: true,
  });
  const doc = docs[0];
  if (!doc) throw new Error(`Demo procedure missing: ${slug}`);
  return doc.id;
}

async function edit(payload: Payload, id: number, data: Record<string, unknown>): Promise<void> {
  await payload.update({ collection: 'procedures', id, data, draft: true, overrideAccess: true });
}

interface DemoActors {
  req: PayloadRequest;
  team: Actor;
  editor: Actor;
  callCenter: Actor;
}

/** Three approved versions: the editor proposes, the team approves. */
async function threeVersions(payload: Payload, { req, team, editor }: DemoActors): Promise<void> {
  const idCard = await procedureIdBySlug(payload, 'wymiana-dowodu-osobistego');
  await edit(payload, idCard, {
    additionalInfo:
      'Od 4 marca 2025 r. warstwa elektroniczna dowodu zawiera certyfikat podpisu osobistego. Dowód można odebrać w dowolnym urzędzie gminy wskazanym we wniosku.',
  });
  await runTransition(req, idCard, 'submit', {}, editor);
  await runTransition(req, idCard, 'approve', { changeNote: 'Dodano informację o podpisie osobistym i miejscu odbioru.' }, team);
  await edit(payload, idCard, { appointmentRequired: true });
  await runTransition(req, idCard, 'submit', {}, editor);
  await runTransition(req, idCard, 'approve', { changeNote: 'Wizyta w urzędzie wymaga wcześniejszej rezerwacji.' }, team);
}

/** One change waiting for a decision, one returned with the team's comment. Returns the returned one. */
async function waitingAndReturned(payload: Payload, { req, team, editor }: DemoActors): Promise<number> {
  const certificate = await procedureIdBySlug(payload, 'zaswiadczenie-o-zameldowaniu');
  await edit(payload, certificate, { submissionDeadline: 'W dowolnym terminie; zaświadczenie wydaje się od ręki przy wizycie osobistej.' });
  await runTransition(req, certificate, 'submit', {}, editor);
  const registration = await procedureIdBySlug(payload, 'zameldowanie-na-pobyt-staly');
  await edit(payload, registration, { additionalInfo: 'Zameldowanie cudzoziemca wymaga okazania dokumentu pobytowego.' });
  await runTransition(req, registration, 'submit', {}, editor);
  const comment = 'Dopisz, jakie dokumenty pobytowe są akceptowane (karta pobytu, wiza, paszport).';
  await runTransition(req, registration, 'return', { comment }, team);
  return registration;
}

/** A withdrawn procedure, a call-center change request, and an incomplete draft. */
async function withdrawnRequestAndDraft(payload: Payload, actors: DemoActors, registration: number): Promise<void> {
  const septic = await procedureIdBySlug(payload, 'zezwolenie-na-oproznianie-zbiornikow-bezodplywowych');
  const explanation = 'Zezwolenia wydaje od 1 lipca 2026 r. inna komórka; opis zostanie opublikowany ponownie po aktualizacji.';
  await runTransition(actors.req, septic, 'withdraw', { explanation }, actors.team);
  const message =
    'Mieszkańcy często pytają, czy można zameldować się przez ePUAP bez wizyty w urzędzie — dopiszcie to w „Sposobie załatwienia sprawy”.';
  await payload.create({
    collection: 'change-requests',
    data: { procedure: registration, message, status: 'open' },
    user: await payload.findByID({ collection: 'users', id: actors.callCenter.id ?? 0, depth: 0, overrideAccess: true }),
    overrideAccess: true,
  });
  // A draft may lack sections until it is submitted.
  await payload.create({
    collection: 'procedures',
    data: {
      title: 'Wydanie zaświadczenia o nadaniu numeru PESEL',
      summary: 'Opis w przygotowaniu.',
      department: actors.editor.department,
      unit: 'Urząd Miasta Łodzi',
    },
    draft: true,
    overrideAccess: true,
  });
}

/**
 * The demo walks the workflow, so every state can be seen in the admin: a procedure with three
 * approved versions, one waiting for a decision, one returned with a comment, a withdrawn one,
 * an incomplete draft, and an open change request from the call center.
 */
export async function seedWorkflowDemo(payload: Payload): Promise<void> {
  const [team, editor, callCenter] = await Promise.all(
    ['zespol@example.pl', 'redaktor@example.pl', 'konsultant@example.pl'].map((email) => actor(payload, email)),
  );
  if (!team || !editor || !callCenter) throw new Error(`Demo users missing (${DEMO_USERS.length} expected)`);
  const actors = { req: await createLocalReq({}, payload), team, editor, callCenter };
  await threeVersions(payload, actors);
  const registration = await waitingAndReturned(payload, actors);
  await withdrawnRequestAndDraft(payload, actors, registration);
}
