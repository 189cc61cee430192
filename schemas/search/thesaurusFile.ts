import type { ErrorObject } from 'ajv/dist/2020';
import Ajv2020 from 'ajv/dist/2020';
import thesaurusSchema from '../thesaurus.schema.json' with { type: 'json' };
import { isStopWord, words } from './text';
import type { Thesaurus } from './thesaurus';
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

function message(e: ErrorObject, path: string): string {
  const at = where(path);
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
function meaningless(thesaurus: Thesaurus): ThesaurusIssue[] {
  const issues: ThesaurusIssue[] = [];
  thesaurus.groups.forEach((group, g) => {
    group.terms.forEach((term, t) => {
      if (words(term).every((w) => isStopWord(w.text))) {
        const path = `groups.${g}.terms.${t}`;
        issues.push({
          path,
          code: 'only_stop_words',
          message: `${where(path)}: „${term}” składa się tylko ze słów pomijanych przy wyszukiwaniu.`,
        });
      }
    });
  });
  return issues;
}

/** Checks a thesaurus (from the admin, an import, or the repository) before it is used. */
export function checkThesaurus(data: unknown): ThesaurusCheck {
  if (!validateShape(data)) {
    const issues = (validateShape.errors ?? []).map((e) => {
      const path = e.instancePath.split('/').filter(Boolean).join('.');
      return { path, code: e.keyword, message: message(e, path) };
    });
    return { ok: false, issues };
  }
  const issues = meaningless(data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, thesaurus: data };
}

/** The default thesaurus a city hall starts with (`schemas/search/thesaurus.pl.json`). */
export function loadDefaultThesaurus(): Thesaurus {
  const checked = checkThesaurus(structuredClone(defaultThesaurus));
  if (!checked.ok) throw new Error(`Domyślny tezaurus jest nieprawidłowy: ${checked.issues.map((i) => i.message).join(' ')}`);
  return checked.thesaurus;
}
