import type { AnySchemaObject } from 'ajv/dist/2020';
import type { UIField } from 'payload';
import { describePath, schemas } from '../../../schemas';

/** The template's heading of every top-level key of the exchange format: the panel names the fields it links to. */
function topLevelLabels(): Record<string, string> {
  const properties = (schemas.procedure as AnySchemaObject).properties as Record<string, unknown>;
  return Object.fromEntries(Object.keys(properties).map((key) => [key, describePath(schemas.procedure, [key])]));
}

/**
 * "Jakość opisu" in the procedure's sidebar (issue 14): the checklist of the EU Single Digital
 * Gateway with links to the fields, the review date and "Potwierdź aktualność", broken links and
 * changes of cited acts. `fieldTabs` is the form's tab of each top-level field, so a link opens it.
 */
export function qualityPanelField(fieldTabs: Record<string, number>): UIField {
  return {
    name: 'qualityPanel',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: {
        Field: { path: '/components/quality/QualityPanel#QualityPanel', clientProps: { fieldTabs, fieldLabels: topLevelLabels() } },
      },
    },
  };
}
