/** `npm run build`: builds the admin panel now (npm start does it by itself when needed). */
import path from 'node:path';
import { ensureAdminBuild } from './adminBuild';

ensureAdminBuild(path.resolve(import.meta.dirname, '..', '..'), (msg) => console.log(`[lckm] ${msg}`));
