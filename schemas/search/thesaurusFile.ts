import type { ErrorObject } from 'ajv/dist/2020';
import Ajv2020 from 'ajv/dist/2020';
import thesaurusSchema from '../thesaurus.schema.json' with { type: 'json' };
import { isStopWord, words } from './text';
import type { Thesaurus, ThesaurusGroup } from './thesaurus';
import defaultThesaurus from './thesaurus.pl.json' with { type: 'json' };

/** A problem found in a thesaurus, with a Polish message the procedures team can act on. */
export interface ThesaurusIssue {
  path: string;
  code: string;
  message: string;
}

export type ThesaurusCheck = { ok: true; thesaurus: Thesaurus } | { ok: false; issues: ThesaurusIssue[] };

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateShape = ajv.compile<Thesaurus>(thesaurusSchema);

function where(path: string): string {
  const m = /^groups\.(\d+)(?:\.terms\.(\d+))?/.exec(path);
  if (!m) return 'Tezaurus';
  const group = `Grupa ${Number(m[1]) + 1}`;
  return m[2] === undefined ? group : `${group}, człon ${Number(m[2]) + 1}`;
}

/** Inside one group (the admin edits one at a time): "Człon 2", or "Grupa" for the group itself. */
function whereInGroup(path: string): string {
  const m = /^terms\.(\d+)/.exec(path);
  return m ? `Człon ${Number(m[1]) + 1}` : 'Grupa';
}

function message(e: ErrorObject, at: string): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `${at}: brak pola „${String(p.missingProperty)}”.`;
    case 'additionalProperties':
      return `${at}: nieznane pole „${String(p.additionalProperty)}”.`;
    case 'minItems':
      return `${at}: grupa musi mieć co najmniej ${String(p.limit)} człony.`;
    case 'maxItems':
      return `${at}: najwyżej ${String(p.limit)} elementów.`;
    case 'uniqueItems':
      return `${at}: ten sam człon występuje w grupie dwa razy.`;
    case 'minLength':
      return `${at}: człon musi mieć co najmniej ${String(p.limit)} znaki.`;
    case 'maxLength':
      return `${at}: najwyżej ${String(p.limit)} znaków.`;
    case 'pattern':
      return `${at}: człon może mieć najwyżej 8 słów.`;
    case 'enum':
      return `${at}: nieznana dziedzina spraw.`;
    default:
      return `${at}: nieprawidłowa wartość (${e.message ?? e.keyword}).`;
  }
}

/** Terms made only of words the search skips ("jak", "się") would never match anything. */
function meaningless(group: ThesaurusGroup, prefix: string, at: (path: string) => string): ThesaurusIssue[] {
  return group.terms.flatMap((term, t) => {
    if (!words(term).every((w) => isStopWord(w.text))) return [];
    const path = `${prefix}terms.${t}`;
    return [{ path, code: 'only_stop_words', message: `${at(path)}: „${term}” składa się tylko ze słów pomijanych przy wyszukiwaniu.` }];
  });
}

function shapeIssues(errors: ErrorObject[], strip: RegExp | null, at: (path: string) => string): ThesaurusIssue[] {
  return errors.map((e) => {
    const path = e.instancePath.split('/').filter(Boolean).join('.');
    const inner = strip ? path.replace(strip, '') : path;
    return { path: inner, code: e.keyword, message: message(e, at(inner)) };
  });
}

/** Checks a thesaurus (from the admin, an import, or the repository) before it is used. */
export function checkThesaurus(data: unknown): ThesaurusCheck {
  if (!validateShape(data)) return { ok: false, issues: shapeIssues(validateShape.errors ?? [], null, where) };
  const issues = data.groups.flatMap((group, g) => meaningless(group, `groups.${g}.`, where));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, thesaurus: data };
}

/**
 * Checks one group as the procedures team edits it in the admin, by the same rules as a whole
 * thesaurus; paths are inside the group (`terms.1`, `domain`) and messages say "Człon 2".
 */
export function checkThesaurusGroup(group: unknown): ThesaurusIssue[] {
  const wrapped = { language: 'pl', groups: [group] };
  if (!validateShape(wrapped)) return shapeIssues(validateShape.errors ?? [], /^groups\.0\.?/, whereInGroup);
  return meaningless(group as ThesaurusGroup, '', whereInGroup);
}

/** The default thesaurus a city hall starts with (`schemas/search/thesaurus.pl.json`). */
export function loadDefaultThesaurus(): Thesaurus {
  const checked = checkThesaurus(structuredClone(defaultThesaurus));
  if (!checked.ok) throw new Error(`Domyślny tezaurus jest nieprawidłowy: ${checked.issues.map((i) => i.message).join(' ')}`);
  return checked.thesaurus;
}
