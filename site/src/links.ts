import { routes } from '../../schemas/rules/routes';

/** The list of departments is a section of the home page, not a page of its own: its anchor and the link to it. */
export const DEPARTMENTS_ANCHOR = 'wydzialy';
export const departmentsOnHome = `${routes.home()}#${DEPARTMENTS_ANCHOR}`;
