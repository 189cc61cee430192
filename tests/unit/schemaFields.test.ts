import type { Field } from 'payload';
import { describe, expect, it } from 'vitest';
import { Procedures } from '../../cms/collections/Procedures';
import { assertFieldsMatchSchema, isInternalField, withInternalAccess } from '../../cms/collections/Procedures/schemaFields';
import { INTERNAL_KEYS } from '../../schemas';

type Walk = (fields: readonly Field[]) => Field[];
const flatten: Walk = (fields) =>
  fields.flatMap((f) =>
    f.type === 'tabs' ? f.tabs.flatMap((t) => flatten(t.fields)) : f.type === 'row' || f.type === 'collapsible' ? flatten(f.fields) : [f],
  );
const without = (fields: readonly Field[], name: string): Field[] =>
  fields
    .map((f) =>
      f.type === 'tabs'
        ? { ...f, tabs: f.tabs.map((t) => ({ ...t, fields: without(t.fields, name) })) }
        : f.type === 'row' || f.type === 'collapsible'
          ? { ...f, fields: without(f.fields, name) }
          : f,
    )
    .filter((f) => !('name' in f && f.name === name));

describe('the procedures collection and procedure.schema.json', () => {
  it('name the same fields at every level (the config builds)', () => {
    expect(() => assertFieldsMatchSchema(Procedures.fields)).not.toThrow();
  });

  it('refuse to build when a schema key has no field, naming it', () => {
    expect(() => assertFieldsMatchSchema(without(Procedures.fields, 'appeal'))).toThrow('appeal: w schemacie, brak pola w kolekcji');
  });

  it('refuse to build when a field is not in the schema, naming it', () => {
    const extra: Field = { name: 'remarksForEditors', type: 'text' };
    expect(() => assertFieldsMatchSchema([...Procedures.fields, extra])).toThrow(
      'remarksForEditors: pole kolekcji, którego nie ma w schemacie',
    );
  });

  it('make every field the schema marks internal readable by staff only, and no other', () => {
    const byName = new Map(
      flatten(Procedures.fields)
        .filter((f) => 'name' in f)
        .map((f) => [(f as { name: string }).name, f]),
    );
    for (const key of INTERNAL_KEYS) expect(isInternalField(byName.get(key) as Field), key).toBe(true);
    expect(isInternalField(byName.get('summary') as Field)).toBe(false);
    // DESIGN.md's table: the fields marked internal.
    expect([...INTERNAL_KEYS].sort()).toEqual(['callCenter', 'coordinator', 'inEzd', 'internal', 'owner', 'validFrom', 'validTo']);
    expect(flatten(withInternalAccess([{ name: 'owner', type: 'text' }])).every(isInternalField)).toBe(true);
  });
});
