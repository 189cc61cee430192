import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { en } from '@payloadcms/translations/languages/en';
import { pl } from '@payloadcms/translations/languages/pl';
import { buildConfig } from 'payload';
import { rootViews } from './admin/rootViews';
import { ChangeRequests } from './collections/ChangeRequests';
import { Departments } from './collections/Departments';
import { Documents } from './collections/Documents';
import { JobRuns } from './collections/JobRuns';
import { Procedures } from './collections/Procedures';
import { PublishRuns } from './collections/PublishRuns';
import { RegisterEntries } from './collections/RegisterEntries';
import { ThesaurusGroups } from './collections/ThesaurusGroups';
import { Users } from './collections/Users';
import { WorkflowEvents } from './collections/WorkflowEvents';
import { databaseAdapter } from './database';
import { emailAdapter } from './email/adapter';
import { maxUploadBytes, payloadSecret, trustedOrigins } from './env';
import { withInputGuards } from './hooks/withInputGuards';
import { translationOverrides } from './i18n/overrides';
import { feedbackEndpoint } from './quality/feedback/endpoint';
import { qualitySummaryEndpoint } from './quality/summaryEndpoint';
import { searchEndpoint } from './search/endpoint';

const dirname = path.dirname(fileURLToPath(import.meta.url));

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' — Baza wiedzy o procedurach' },
    dateFormat: 'dd.MM.yyyy, HH:mm',
    // No Gravatar: the admin panel makes no requests outside the city's network.
    avatar: 'default',
    components: {
      beforeDashboard: [
        '/components/Tasks#Tasks',
        '/components/ConsultantDashboard#ConsultantDashboard',
        '/components/quality/QualityDashboard#QualityDashboard',
      ],
      views: rootViews,
      // The sign-in page and the navigation show the system's own name and the office, not Payload's.
      graphics: { Logo: '/components/brand/Logo#Logo', Icon: '/components/brand/Icon#Icon' },
    },
  },
  i18n: {
    supportedLanguages: { pl, en },
    fallbackLanguage: 'pl',
    translations: translationOverrides,
  },
  // The session cookie is used only on requests from these origins (cms/server/guards/crossSite.ts answers the rest).
  csrf: trustedOrigins(),
  collections: [
    withInputGuards(Procedures, { controlCharacters: false }),
    ...[ChangeRequests, RegisterEntries, WorkflowEvents, PublishRuns, JobRuns, ThesaurusGroups, Departments, Documents, Users].map((c) =>
      withInputGuards(c),
    ),
  ],
  // `/api/search` (staff search), `/api/quality/summary` (quality dashboards), `/api/feedback` (residents' reports).
  endpoints: [searchEndpoint, qualitySummaryEndpoint, feedbackEndpoint],
  email: emailAdapter(),
  secret: payloadSecret(),
  db: databaseAdapter(),
  upload: { limits: { fileSize: maxUploadBytes() } },
  telemetry: false,
  // Committed and checked by `npm test` (cms/generatePayloadTypes.ts); PAYLOAD_TYPES_OUT lets the check write elsewhere.
  typescript: { outputFile: process.env.PAYLOAD_TYPES_OUT ?? path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  graphQL: { disablePlaygroundInProduction: true, maxComplexity: 1000 },
});
