/**
 * Every portal view, for the single-change renderer (publisher/renderPages.ts), which compiles
 * this file once per version of the sources and renders views with Astro's Container API.
 */
export { experimental_AstroContainer } from 'astro/container';
export { default as AccessibilityPage } from './views/AccessibilityPage.astro';
export { default as ArchivePage } from './views/ArchivePage.astro';
export { default as AzPage } from './views/AzPage.astro';
export { default as BipPage } from './views/BipPage.astro';
export { default as DepartmentPage } from './views/DepartmentPage.astro';
export { default as DepartmentsPage } from './views/DepartmentsPage.astro';
export { default as HomePage } from './views/HomePage.astro';
export { default as NotFoundPage } from './views/NotFoundPage.astro';
export { default as ProcedurePage } from './views/ProcedurePage.astro';
export { default as RegisterPage } from './views/RegisterPage.astro';
export { default as SearchPage } from './views/SearchPage.astro';
