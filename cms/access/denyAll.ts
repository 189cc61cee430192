import type { Access } from 'payload';

/**
 * Nobody, through any API. Records guarded by this are written only by the workflow's own code
 * (Local API with overrideAccess) and are kept forever.
 */
export const denyAll: Access = () => false;
