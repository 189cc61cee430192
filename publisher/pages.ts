import { createHash } from 'node:crypto';
import { fileOf, routes } from '../schemas/rules/routes';
import type { PublicProcedure } from '../schemas/types.generated';
import { PUBLIC_SCHEMA_NAMES } from './publicSchemaNames';
import type { SiteData } from './siteData';

/** A link in a list of procedures. */
export interface ProcedureLink {
  slug: string;
  title: string;
}

/**
 * Where a procedure page's "Zgłoś błąd" form posts (`routes.feedback()`: on the portal's own
 * origin a path, on the API's own origin a full URL) and what its script asks before sending
 * (`routes.health()`, always the portal's origin, which also answers it: the page's CSP allows
 * connections to its own origin only).
 */
export interface FeedbackForm {
  action: string;
  health: string;
}

/** A department in a list: its page, its name and unit, how many procedures it handles. */
export interface DepartmentLink {
  slug: string;
  name: string;
  unit: string;
  count: number;
}

/** The props of each portal view (`site/src/views/<View>.astro`): everything a page shows, nothing more. */
export interface ViewProps {
  HomePage: { departments: { slug: string; name: string; count: number }[]; total: number };
  ProcedurePage: {
    procedure: PublicProcedure;
    siteUrl: string;
    departmentSlug: string;
    feedback: FeedbackForm;
    /** The size of its PDF card (known once the card is made: publisher/writeRelease.ts fills it in). */
    cardBytes?: number;
  };
  RegisterPage: { procedure: PublicProcedure; archived: number[] };
  ArchivePage: { version: PublicProcedure; current: { slug: string; version: number } };
  DepartmentPage: { department: { slug: string; name: string; unit: string; procedures: ProcedureLink[] } };
  AzPage: { procedures: ProcedureLink[] };
  SearchPage: { procedures: ProcedureLink[]; departments: { slug: string; name: string }[] };
  DepartmentsPage: { departments: DepartmentLink[] };
  BipPage: { siteUrl: string; apiUrl: string; example?: ProcedureLink; schemas: string[] };
  AccessibilityPage: { updated: string };
  NotFoundPage: Record<string, never>;
}

export type ViewName = keyof ViewProps;

export interface PageSpec<V extends ViewName = ViewName> {
  view: V;
  /** The file in the release, e.g. `procedury/<slug>/index.html`. */
  file: string;
  /** Astro route parameters of the page (for `getStaticPaths`). */
  params: Record<string, string>;
  props: ViewProps[V];
}

const page = <V extends ViewName>(view: V, file: string, params: Record<string, string>, props: ViewProps[V]): PageSpec =>
  ({ view, file, params, props }) as PageSpec;

/**
 * Every page of the portal with the props it is rendered from. `astro build` takes its pages from
 * here (site/src/data.ts), and so does the publisher (publisher/planRelease.ts): one plan, one set
 * of templates, the same HTML either way.
 */
export function planPages(data: SiteData): PageSpec[] {
  const links = data.procedures.map(({ procedure: p }) => ({ slug: p.slug, title: p.title }));
  const departmentOf = new Map(data.departments.map((d) => [d.name, d.slug]));
  const feedback = feedbackForm(data.siteUrl, data.apiUrl);
  return [
    ...sitePages(data, links),
    ...bipPages(data, links),
    ...data.departments.map((department) =>
      page('DepartmentPage', fileOf(routes.department(department.slug)), { department: department.slug }, { department }),
    ),
    ...data.procedures.flatMap(({ procedure, archive }) =>
      procedurePages(procedure, archive, {
        siteUrl: data.siteUrl,
        departmentSlug: departmentOf.get(procedure.department) ?? '',
        feedback,
        ...(data.cardBytes?.[procedure.slug] !== undefined ? { cardBytes: data.cardBytes[procedure.slug] } : {}),
      }),
    ),
  ];
}

const originOf = (url: string) => new URL(url).origin;

/** The error report's address: a path while the API shares the portal's origin, a full URL on its own. */
export function feedbackForm(siteUrl: string, apiUrl: string): FeedbackForm {
  const sameOrigin = originOf(apiUrl) === originOf(siteUrl);
  return { action: sameOrigin ? routes.feedback() : `${originOf(apiUrl)}${routes.feedback()}`, health: routes.health() };
}

/** The list of departments (`routes.departments()`) and the page documenting the public data (`routes.bip()`). */
function bipPages(data: SiteData, links: ProcedureLink[]): PageSpec[] {
  const departments = data.departments.map((d) => ({ slug: d.slug, name: d.name, unit: d.unit, count: d.procedures.length }));
  const example = links[0];
  return [
    page('DepartmentsPage', fileOf(routes.departments()), {}, { departments }),
    page(
      'BipPage',
      fileOf(routes.bip()),
      {},
      { siteUrl: data.siteUrl, apiUrl: data.apiUrl, ...(example ? { example } : {}), schemas: [...PUBLIC_SCHEMA_NAMES] },
    ),
  ];
}

/** The pages that exist once: home, A–Z, search, the accessibility statement, 404. */
function sitePages(data: SiteData, links: ProcedureLink[]): PageSpec[] {
  const updated =
    data.procedures
      .map(({ procedure: p }) => p.bip.modifiedAt)
      .sort()
      .at(-1) ?? data.generatedAt;
  return [
    page(
      'HomePage',
      fileOf(routes.home()),
      {},
      {
        departments: data.departments.map((d) => ({ slug: d.slug, name: d.name, count: d.procedures.length })),
        total: links.length,
      },
    ),
    page('AzPage', fileOf(routes.aToZ()), {}, { procedures: links }),
    page(
      'SearchPage',
      fileOf(routes.search()),
      {},
      { procedures: links, departments: data.departments.map((d) => ({ slug: d.slug, name: d.name })) },
    ),
    page('AccessibilityPage', fileOf(routes.accessibility()), {}, { updated: updated.slice(0, 10) }),
    page('NotFoundPage', fileOf(routes.notFound()), {}, {}),
  ];
}

/** A procedure's page, its change register and each archived version. */
function procedurePages(
  procedure: PublicProcedure,
  archive: readonly PublicProcedure[],
  context: Omit<ViewProps['ProcedurePage'], 'procedure'>,
): PageSpec[] {
  const slug = procedure.slug;
  return [
    page('ProcedurePage', fileOf(routes.procedure(slug)), { slug }, { procedure, ...context }),
    page('RegisterPage', fileOf(routes.changeRegister(slug)), { slug }, { procedure, archived: archive.map((a) => a.bip.version) }),
    ...archive.map((version) =>
      page(
        'ArchivePage',
        fileOf(routes.archivedVersion(slug, version.bip.version)),
        { slug, n: String(version.bip.version) },
        { version, current: { slug, version: procedure.bip.version } },
      ),
    ),
  ];
}

/**
 * What decides a page's HTML: its view and its props (the templates are in the release's sources
 * hash). Objects whose hash is already known (each procedure's public JSON) stand in by that hash,
 * so 10,000 procedure pages are not serialised again on every run.
 */
export function pageHash(spec: PageSpec, known?: WeakMap<object, string>): string {
  const json = JSON.stringify(
    spec.props,
    known ? (_key, value: unknown) => (typeof value === 'object' && value !== null && known.get(value)) || value : undefined,
  );
  return createHash('sha256').update(spec.view).update('\0').update(json).digest('base64url').slice(0, 22);
}
