/**
 * The card's own page, `/admin/karta/<slug>`: where a consultant lands from the dashboard (search,
 * recently opened). Payload serves custom root views to anyone, so the view itself sends a
 * person who is not signed in to the login page, and back here afterwards.
 */
import { DefaultTemplate } from '@payloadcms/next/templates';
import { Gutter, SetStepNav } from '@payloadcms/ui';
import { notFound, redirect } from 'next/navigation';
import type { AdminViewServerProps } from 'payload';
import { ConsultantCard } from './ConsultantCard';
import { canReport, rememberOpening } from './cardAccess';
import { cardHref } from './cardHref';
import { loadCard } from './loadCard';

export async function ConsultantCardView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult;
  const segments = Array.isArray(params?.segments) ? params.segments : [];
  const slug = segments[1] ?? '';
  const user = req.user;
  if (!user) redirect(`/admin/login?redirect=${encodeURIComponent(cardHref(slug))}`);
  const data = slug ? await loadCard(req, { slug }) : null;
  if (!data) notFound();
  rememberOpening(req, user, data.procedure.slug);
  return (
    <DefaultTemplate
      i18n={req.i18n}
      {...(locale ? { locale } : {})}
      {...(params ? { params } : {})}
      payload={req.payload}
      permissions={permissions}
      {...(searchParams ? { searchParams } : {})}
      user={user}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: 'Karta konsultanta' }, { label: data.procedure.title }]} />
      <Gutter>
        <ConsultantCard data={data} options={{ level: 1, isStandalone: true, canReport: canReport(permissions) }} />
      </Gutter>
    </DefaultTemplate>
  );
}
