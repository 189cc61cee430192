import type { Field, Tab } from 'payload';
import { describe, expect, it } from 'vitest';
import { Procedures } from '../../cms/collections/Procedures';
import { dataFields } from '../../cms/collections/Procedures/schemaFields';
import { fieldTabIndex, LIMIT_COUNTER, REQUIRED_FOR_SUBMIT, ROW_LABEL } from '../../cms/collections/Procedures/schemaHints';
import { decisionNotice } from '../../cms/components/workflow/decisionNotice';
import { schemaAtPath, schemas } from '../../schemas';
import { deref } from '../../schemas/describe';

type Admin = { className?: string; components?: { afterInput?: { path: string; clientProps: { limit: number } }[] } };

/** The field at a dot path of the collection as configured (through tabs, rows, groups and lists). */
function fieldAt(path: string): Field & { admin?: Admin } {
  let fields: readonly Field[] = Procedures.fields;
  let found: Field | undefined;
  for (const name of path.split('.')) {
    found = dataFields(fields).find((f) => f.name === name);
    if (!found) throw new Error(`no field ${name} in ${path}`);
    fields = 'fields' in found ? found.fields : [];
  }
  return found as Field & { admin?: Admin };
}

const counterLimit = (path: string) =>
  fieldAt(path).admin?.components?.afterInput?.find((c) => c.path === LIMIT_COUNTER)?.clientProps.limit;
const schemaLimit = (path: string) => {
  const located = schemaAtPath(schemas.procedure, path.split('.'));
  return located ? deref(located).node.maxLength : undefined;
};

describe("the editor's cues come from the schema", () => {
  it.each([
    ['title', 'title'],
    ['summary', 'summary'],
    ['slug', 'slug'],
    ['steps.name', 'steps.0.name'],
    ['steps.comment', 'steps.0.comment'],
    ['legalBasis.value', 'legalBasis.0'],
    ['callCenter.other', 'callCenter.other'],
  ])('%s counts characters up to the schema limit', (field, schemaPath) => {
    expect(schemaLimit(schemaPath)).toBeTypeOf('number');
    expect(counterLimit(field)).toBe(schemaLimit(schemaPath));
  });

  it('marks what a submission needs, and not what a draft or a checkbox may leave as it is', () => {
    const marked = (path: string) => fieldAt(path).admin?.className?.split(' ').includes(REQUIRED_FOR_SUBMIT) ?? false;
    expect(['title', 'summary', 'steps', 'steps.name', 'legalBasis', 'department', 'owner'].filter((p) => !marked(p))).toEqual([]);
    expect(['keywords', 'keywords.value', 'fees', 'internal', 'appointmentRequired', 'steps.comment', 'related'].filter(marked)).toEqual(
      [],
    );
  });

  it("gives the field's Polish message while typing, called as the admin's form state calls it (without a path)", async () => {
    const validate = (path: string) => (fieldAt(path) as { validate: (value: unknown, options: object) => unknown }).validate;
    const row = { name: 'Ł'.repeat(41) };
    const data = { title: 'Ł'.repeat(163), steps: [{ name: 'Złożenie wniosku' }, row] };
    const typing = { event: 'onChange', data, siblingData: data };
    expect(await validate('title')(data.title, { ...typing, name: 'title' })).toBe(
      'Nazwa procedury może mieć najwyżej 160 znaków (jest 163).',
    );
    expect(await validate('steps.name')(row.name, { ...typing, siblingData: row, name: 'name' })).toMatch(
      /^Etap 2 — .*najwyżej 40 znaków \(jest 41\)\.$/,
    );
    // On a save the collection hook checks the whole record and names the field in its summary.
    expect(await validate('title')(data.title, { ...typing, event: 'submit', name: 'title', path: ['title'] })).toBe(true);
  });

  it("labels a list's rows with the list's Polish singular and the row's text, not Payload's 'Etap 02'", () => {
    const rowLabel = (path: string) =>
      (fieldAt(path).admin?.components as { RowLabel?: { path: string; clientProps: unknown } } | undefined)?.RowLabel;
    expect(rowLabel('steps')).toEqual({ path: ROW_LABEL, clientProps: { singular: 'Etap', textFields: ['name', 'comment'] } });
    expect(rowLabel('keywords')?.clientProps).toEqual({ singular: 'Słowo kluczowe', textFields: ['value'] });
    expect(rowLabel('fees')?.clientProps).toMatchObject({ singular: 'Opłata' });
  });

  it("knows each top-level field's tab, so a problem's link opens it", () => {
    const tabsField = Procedures.fields.find((f) => f.type === 'tabs') as { tabs: Tab[] };
    const index = fieldTabIndex(tabsField.tabs);
    const labelOf = (name: string) => (tabsField.tabs[index[name] ?? -1]?.label as { pl: string } | undefined)?.pl;
    expect(labelOf('title')).toBe('Procedura');
    expect(labelOf('steps')).toBe('Skrócony opis');
    expect(labelOf('department')).toBe('Realizator');
    expect(labelOf('callCenter')).toBe('Call Center*');
  });
});

describe('the decision notice above the form', () => {
  const at = '2026-11-29T13:05:00Z';
  it("quotes the reviewer's comment on a return and says what to do next, also once the editor saves again", () => {
    const event = { transition: 'return', byName: 'Anna Nowak', at, comment: 'Brakuje opłaty skarbowej.\n' };
    for (const state of ['returned', 'draft'] as const) {
      expect(decisionNotice(state, event)).toEqual({
        tone: 'warning',
        heading: 'Zwrócono do poprawy (29.11.2026, 14:05, Anna Nowak):',
        quote: 'Brakuje opłaty skarbowej.',
        next: 'Popraw opis, zapisz szkic i złóż wniosek o aktualizację ponownie.',
      });
    }
  });

  it('says nothing stale: an approval seen after a new draft, or no event at all', () => {
    expect(decisionNotice('draft', { transition: 'approve', byName: 'Anna Nowak', at, comment: 'Nowe stawki' })).toBeUndefined();
    expect(decisionNotice('draft', undefined)).toBeUndefined();
    expect(decisionNotice('submitted', { transition: 'submit', byName: 'Jan Kowalski', at })?.heading).toContain('czeka na decyzję');
  });
});
