import type { Field } from 'payload';
import { describe, expect, it } from 'vitest';
import { Procedures } from '../../cms/collections/Procedures';
import { dataFields } from '../../cms/collections/Procedures/schemaFields';
import { LIMIT_COUNTER, READABILITY } from '../../cms/collections/Procedures/schemaHints';
import { describeField } from '../../cms/components/quality/describeField';

type AfterInput = (string | { path: string })[];

/** Every data field of the collection, nested ones with their dot path. */
function allFields(fields: readonly Field[], prefix = ''): { path: string; field: Field }[] {
  return dataFields(fields).flatMap((field) => {
    const path = `${prefix}${field.name}`;
    const nested = 'fields' in field ? allFields(field.fields, `${path}.`) : [];
    return [{ path, field }, ...nested];
  });
}

const afterInput = (field: Field): AfterInput =>
  ((field.admin as { components?: { afterInput?: AfterInput } } | undefined)?.components?.afterInput ?? []) as AfterInput;
const paths = (list: AfterInput) => list.map((c) => (typeof c === 'string' ? c : c.path));

describe('plain Polish while editing (issue 14)', () => {
  it('shows readability under the summary and "Sposób załatwienia sprawy" only, after the summary\'s counter', () => {
    const withReadability = allFields(Procedures.fields)
      .filter(({ field }) => paths(afterInput(field)).includes(READABILITY))
      .map(({ path }) => path);
    expect(withReadability.sort()).toEqual(['howTo', 'summary']);
    const summary = allFields(Procedures.fields).find(({ path }) => path === 'summary');
    expect(paths(afterInput(summary?.field as Field))).toEqual([LIMIT_COUNTER, READABILITY]);
  });

  it('puts the quality panel in the sidebar with the tab of every top-level field and its template heading', () => {
    const panel = Procedures.fields.find((f) => 'name' in f && f.name === 'qualityPanel') as Field & {
      admin: {
        position: string;
        components: { Field: { clientProps: { fieldTabs: Record<string, number>; fieldLabels: Record<string, string> } } };
      };
    };
    expect(panel.admin.position).toBe('sidebar');
    const { fieldTabs, fieldLabels } = panel.admin.components.Field.clientProps;
    expect(fieldTabs.requiredDocuments).toBeGreaterThan(fieldTabs.summary ?? Number.POSITIVE_INFINITY);
    expect(fieldLabels.requiredDocuments).toBe('Wymagane dokumenty');
  });
});

describe('a field path as the editor reads it', () => {
  const labels = { requiredDocuments: 'Wymagane dokumenty', howTo: 'Sposób załatwienia sprawy' };
  it('names the section and the item by its number from 1', () => {
    expect(describeField('requiredDocuments.1.eForms.0.url', labels)).toBe('Wymagane dokumenty, poz. 2');
    expect(describeField('howTo', labels)).toBe('Sposób załatwienia sprawy');
  });
  it('falls back to the key for a path it has no heading for', () => {
    expect(describeField('unknown.3', labels)).toBe('unknown, poz. 4');
  });
});
