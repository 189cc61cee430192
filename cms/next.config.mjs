import { withPayload } from '@payloadcms/next/withPayload';

/** The Next.js app serves only Payload's admin panel; Express (cms/server) is the HTTP server. */
const nextConfig = {
  // Type-checking is `npm run typecheck` (tsc over the whole project), not part of the admin build.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  turbopack: { root: new URL('..', import.meta.url).pathname },
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
