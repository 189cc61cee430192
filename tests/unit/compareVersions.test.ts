import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../cms/components/review/compareVersions';
import { buildHistory, draftSaves, type RegisterItem, type StoredVersion } from '../../cms/components/review/history';
import { approvalHeading, decisionHeading, savesSummary } from '../../cms/components/review/historyText';
import type { ComparedVersion, ComparisonRow, FileFacts } from '../../cms/components/review/types';
import { chosenKey, liveOrLatest, sideOf, versionChoices } from '../../cms/components/review/versionChoices';
import { alignItems, wordDiff } from '../../cms/components/review/wordDiff';
import type { ProcedureRecord } from '../../schemas/types.generated';
import { buildProcedure } from '../support/factories';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

/** One side of a comparison: a record (the complete example by default) and the facts of its files. */
function version(overrides: Partial<ProcedureRecord> = {}, files: FileFacts[] = []): ComparedVersion {
  return {
    record: buildProcedure(overrides) as unknown as Record<string, unknown>,
    files: new Map(files.map((f) => [f.fileName, f])),
  };
}

const changed = (rows: ComparisonRow[]) => rows.filter((row) => row.status !== 'same');
const rowAt = (rows: ComparisonRow[], path: string) => rows.find((row) => row.path === path);
const steps = buildProcedure().steps;

describe('compareVersions: field by field with the template labels', () => {
  it('finds no change between equal versions, and lists every filled-in field when asked for all', () => {
    const rows = compareVersions(version(), version());
    expect(changed(rows)).toEqual([]);
    expect(rows.map((r) => r.label)).toContain('Nazwa procedury');
    expect(rows.map((r) => r.path).slice(0, 3)).toEqual(['slug', 'title', 'keywords']);
  });

  it('names an added step "Etap 4" and reads its "@" mark as "@: tak"', () => {
    const rows = compareVersions(version(), version({ steps: [...steps, { name: 'odbierz kartę pocztą', online: true }] }));
    expect(changed(rows).map((r) => r.label)).toEqual(['Etap 4 — Nazwa etapu', 'Etap 4 — Etap możliwy bez wizyty w urzędzie (@)']);
    expect(rowAt(rows, 'steps.3.online')).toMatchObject({ status: 'added', display: 'value', after: '@: tak' });
    expect(rowAt(rows, 'steps.3.online')).not.toHaveProperty('before');
  });

  it('reads a changed "@" mark as "@: nie" → "@: tak" on the step it belongs to', () => {
    const after = steps.map((step, i) => (i === 2 ? { ...step, online: true } : step));
    expect(changed(compareVersions(version(), version({ steps: after })))).toEqual([
      {
        path: 'steps.2.online',
        label: 'Etap 3 — Etap możliwy bez wizyty w urzędzie (@)',
        status: 'changed',
        display: 'value',
        before: '@: nie',
        after: '@: tak',
      },
    ]);
  });

  it('matches the kept steps when one is inserted before them, so only the new step is a change', () => {
    const rows = compareVersions(version(), version({ steps: [{ name: 'umów wizytę', online: true }, ...steps] }));
    expect(changed(rows).map((r) => r.path)).toEqual(['steps.0.name', 'steps.0.online']);
    expect(rowAt(rows, 'steps.3.name')).toMatchObject({ status: 'same', label: 'Etap 4 — Nazwa etapu' });
  });

  it('compares Markdown word by word, keeping the words that stayed', () => {
    const rows = compareVersions(
      version({ submissionDeadline: 'Wniosek możesz złożyć w dowolnym terminie.' }),
      version({ submissionDeadline: 'Wniosek złożysz w dowolnym terminie; zaświadczenie od ręki.' }),
    );
    const row = rowAt(rows, 'submissionDeadline');
    expect(row).toMatchObject({ label: 'Termin składania dokumentów', status: 'changed', display: 'words' });
    expect(row?.display === 'words' ? row.parts : []).toEqual([
      { text: 'Wniosek ', change: 'same' },
      { text: 'możesz złożyć', change: 'removed' },
      { text: 'złożysz', change: 'added' },
      { text: ' w dowolnym terminie', change: 'same' },
      { text: '; zaświadczenie od ręki', change: 'added' },
      { text: '.', change: 'same' },
    ]);
  });

  it('compares lists item by item', () => {
    const act = 'Ustawa z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego';
    const rows = compareVersions(version(), version({ legalBasis: [...buildProcedure().legalBasis, act] }));
    const row = rowAt(rows, 'legalBasis');
    expect(row).toMatchObject({ label: 'Podstawa prawna', status: 'changed', display: 'list' });
    expect(row?.display === 'list' ? row.items.map((i) => i.change) : []).toEqual(['same', 'added']);
  });

  it('writes days, durations, choices and yes/no the way the portal does', () => {
    const rows = compareVersions(
      version({ validTo: '2030-12-31', deadline: { value: 7, unit: 'days' }, appointmentRequired: true }),
      version({ validTo: '2026-11-29', deadline: { value: 2, unit: 'months' }, appointmentRequired: false }),
    );
    expect(rowAt(rows, 'validTo')).toMatchObject({ label: 'Obowiązuje do', before: '31.12.2030', after: '29.11.2026' });
    expect(rowAt(rows, 'deadline')).toMatchObject({ label: 'Termin realizacji', before: '7 dni', after: '2 miesiące' });
    expect(rowAt(rows, 'appointmentRequired')).toMatchObject({ before: 'tak', after: 'nie' });
    const documents = compareVersions(version(), version({ requiredDocuments: [{ group: 'inspect', name: 'Wniosek' }] }));
    expect(rowAt(documents, 'requiredDocuments.0.group')).toMatchObject({
      label: 'Wymagany dokument 1 — Grupa dokumentu (do złożenia / do wglądu)',
      before: 'do złożenia',
      after: 'do wglądu',
    });
  });

  it('compares an attachment by its content hash and size, not only its name', () => {
    const documents = [{ group: 'submit' as const, name: 'Wniosek', file: 'wniosek.pdf' }];
    const before = version({ requiredDocuments: documents }, [{ fileName: 'wniosek.pdf', size: 1200, sha256: HASH_A }]);
    const same = version({ requiredDocuments: documents }, [{ fileName: 'wniosek.pdf', size: 1200, sha256: HASH_A }]);
    const replaced = version({ requiredDocuments: documents }, [{ fileName: 'wniosek.pdf', size: 1300, sha256: HASH_B }]);
    expect(changed(compareVersions(before, same))).toEqual([]);
    expect(changed(compareVersions(before, replaced))).toEqual([
      {
        path: 'requiredDocuments.0.file',
        label: 'Wymagany dokument 1 — Plik dokumentu',
        status: 'changed',
        display: 'file',
        before: { fileName: 'wniosek.pdf', size: 1200, sha256: HASH_A },
        after: { fileName: 'wniosek.pdf', size: 1300, sha256: HASH_B },
      },
    ]);
  });

  it('shows every field of a first draft as added when there is no approved version', () => {
    const rows = compareVersions({ record: null, files: new Map() }, version());
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.every((row) => row.status === 'added' || (row.display === 'value' && row.after === 'nie'))).toBe(true);
  });
});

describe('wordDiff and alignItems', () => {
  it('shows a text rewritten beyond recognition as removed whole and added whole', () => {
    const before = Array.from({ length: 600 }, (_, i) => `słowo${i}`).join(' ');
    const after = Array.from({ length: 600 }, (_, i) => `inne${i}`).join(' ');
    expect(wordDiff(before, after)).toEqual([
      { text: before, change: 'removed' },
      { text: after, change: 'added' },
    ]);
  });

  it('pairs a removed item with the one added in its place', () => {
    expect(alignItems(['a', 'b', 'c'], ['a', 'x', 'c', 'd'], (p, q) => p === q)).toEqual([
      { before: 'a', beforeIndex: 0, after: 'a', afterIndex: 0 },
      { before: 'b', beforeIndex: 1, after: 'x', afterIndex: 1 },
      { before: 'c', beforeIndex: 2, after: 'c', afterIndex: 2 },
      { after: 'd', afterIndex: 3 },
    ]);
  });
});

const entry = (over: Partial<RegisterItem> & Pick<RegisterItem, 'id' | 'version' | 'decidedAt'>): RegisterItem => ({
  kind: 'approval',
  decidedByName: 'Nowak Anna',
  isLive: false,
  ...over,
});
const stored = (id: string, savedAt: string, state: string, contributors: string[], status = 'draft'): StoredVersion => ({
  id,
  savedAt,
  state,
  status,
  contributors,
});

describe('the version history in the editor words', () => {
  const register = [
    entry({ id: 'r1', version: 1, decidedAt: '2026-11-10T09:00:00Z' }),
    entry({ id: 'r2', version: 2, decidedAt: '2026-11-20T09:00:00Z', isLive: true, note: 'Nowe godziny.' }),
    entry({ id: 'r3', kind: 'verification', version: 2, decidedAt: '2026-11-25T09:00:00Z' }),
  ];
  const versions = [
    stored('v1', '2026-11-09T08:00:00Z', 'draft', ['7']),
    stored('v2', '2026-11-10T08:59:00Z', 'submitted', ['7']),
    stored('v3', '2026-11-10T09:00:01Z', 'approved', [], 'published'),
    stored('v4', '2026-11-12T10:00:00Z', 'draft', ['7']),
    stored('v5', '2026-11-19T10:00:00Z', 'draft', ['7', '9']),
    stored('v6', '2026-11-20T09:00:01Z', 'approved', [], 'published'),
    stored('v7', '2026-11-29T13:01:00Z', 'draft', ['7']),
    stored('v8', '2026-11-29T13:30:00Z', 'submitted', ['7']),
  ];
  const names = new Map([
    ['7', 'Kowalski Jan'],
    ['9', 'Nowak Anna'],
  ]);

  it('keeps only saves of the draft, naming the author where the contributors tell', () => {
    expect(draftSaves(versions)).toEqual([
      { id: 'v1', at: '2026-11-09T08:00:00Z', authorId: '7' },
      { id: 'v4', at: '2026-11-12T10:00:00Z', authorId: '7' },
      { id: 'v5', at: '2026-11-19T10:00:00Z', authorId: '9' },
      { id: 'v7', at: '2026-11-29T13:01:00Z', authorId: '7' },
    ]);
  });

  it('lists the draft, then each decision newest first, with the saves grouped under the version they led to', () => {
    const history = buildHistory(register, draftSaves(versions));
    expect(history.map((h) => (h.type === 'draft' ? 'draft' : `${h.type} ${h.entry.version}`))).toEqual([
      'draft',
      'verification 2',
      'approval 2',
      'approval 1',
    ]);
    const second = history[2];
    expect(second?.type === 'approval' ? second.saves.map((s) => s.id) : []).toEqual(['v4', 'v5']);
  });

  it('says how many saves, since when and who saved last, with Polish plurals and dates', () => {
    const saves = draftSaves(versions);
    expect(savesSummary(saves, names)).toBe('4 zapisy od 09.11.2026, ostatni 29.11.2026, 14:01 — Kowalski Jan');
    expect(savesSummary([...saves, ...saves.slice(0, 1)], names)).toMatch(/^5 zapisów od/);
    expect(savesSummary(saves.slice(-1), names)).toBe('1 zapis, 29.11.2026, 14:01 — Kowalski Jan');
    expect(approvalHeading({ version: 3, decidedAt: '2026-11-29T13:01:00Z' })).toBe('Wersja 3 — zatwierdzona 29.11.2026');
    expect(decisionHeading({ kind: 'withdrawal', version: 2, decidedAt: '2026-11-29T23:30:00Z' })).toBe(
      'Wycofanie z publikacji — 30.11.2026',
    );
  });

  it('compares with the live version by default and accepts only versions that exist', () => {
    const choices = versionChoices(register, draftSaves(versions), names);
    expect(liveOrLatest(register)?.version).toBe(2);
    expect(choices.map((c) => c.key)).toEqual(['szkic', 'wersja-2', 'wersja-1', 'zapis-v7', 'zapis-v5', 'zapis-v4', 'zapis-v1']);
    expect(choices[1]?.label).toBe('Wersja 2 — zatwierdzona 20.11.2026 (opublikowana)');
    expect(chosenKey('wersja-9', choices, 'wersja-2')).toBe('wersja-2');
    expect(chosenKey(['zapis-v4'], choices, 'wersja-2')).toBe('zapis-v4');
    expect(sideOf('zapis-v4')).toEqual({ type: 'save', id: 'v4' });
    expect(sideOf('wersja-2')).toEqual({ type: 'approved', version: 2 });
  });
});
