/**
 * Completeness of a procedure description for the EU Single Digital Gateway: Regulation (EU)
 * 2018/1724, Art. 10(1)(a)–(g) — what a user must be told about a procedure. Each point maps to
 * the template's fields; where the template has no place for it, the proposed optional keys
 * (`additions.ts`, `schema-additions.md`) are read when present. Pure: runs in the admin while an
 * editor types, in the approval hook and in the dashboard's counts alike.
 */
import type { FeeWithPayment, QualityRecord, RequiredDocumentWithFormat, StepWithAuth } from './additions';
import { completenessMessages as m } from './messages.pl';

export const COMPLETENESS_POINT_IDS = ['steps', 'authority', 'authentication', 'evidence', 'redress', 'fees', 'deadlines'] as const;
export type CompletenessPointId = (typeof COMPLETENESS_POINT_IDS)[number];

export interface CompletenessPoint {
  id: CompletenessPointId;
  /** The point of Art. 10(1): a–g. */
  letter: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g';
  label: string;
  met: boolean;
  /** False when the point does not concern this procedure (e.g. no step online); it then counts as met. */
  applicable: boolean;
  /** Exchange-format paths (`steps.2.eAuth`) the admin links to, so the editor lands on the field to fill. */
  fields: string[];
  /** What to do when missing; when met, what was found. */
  hint: string;
}

type Verdict = Pick<CompletenessPoint, 'met' | 'fields' | 'hint'> & { applicable?: boolean };

const LETTERS: Record<CompletenessPointId, CompletenessPoint['letter']> = {
  steps: 'a',
  authority: 'b',
  authentication: 'c',
  evidence: 'd',
  redress: 'e',
  fees: 'f',
  deadlines: 'g',
};

function isFilled(value: string | null | undefined): value is string {
  return typeof value === 'string' && /\S/.test(value);
}

/** The template's fixed answers ("nie dotyczy", "brak") compared as an editor may type them. */
function isAnswer(value: string | null | undefined, answer: string): boolean {
  return isFilled(value) && value.trim().replace(/\.$/, '').toLocaleLowerCase('pl') === answer;
}

/**
 * A phone number (9 or more digits, written with spaces, dashes or brackets: "+48 42 638 44 44",
 * "(42) 638-44-44") or an e-mail address. Postal codes (90-926) and room ranges (303–308) have
 * too few digits to match.
 */
const PHONE = /(?:\+\s*)?\(?\d(?:[\s\-()]*\d){8,}/;
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/u;

function hasOnlineStep(record: QualityRecord): boolean {
  return (record.steps ?? []).some((step) => step.online);
}

function checkSteps(record: QualityRecord): Verdict {
  const steps = record.steps ?? [];
  if (!steps.some((step) => isFilled(step.name))) return { met: false, fields: ['steps'], hint: m.steps.noSteps };
  if (!isFilled(record.howTo)) return { met: false, fields: ['howTo'], hint: m.steps.noHowTo };
  return { met: true, fields: ['steps', 'howTo'], hint: m.steps.met };
}

function checkAuthority(record: QualityRecord): Verdict {
  const missingName = ['unit', 'department'].filter((key) => !isFilled(record[key as 'unit' | 'department']));
  if (missingName.length > 0) return { met: false, fields: missingName, hint: m.authority.noName };
  // The template asks for phones in "Miejsce załatwienia"; an e-mail is contact enough for SDGR.
  const place = record.place ?? '';
  if (!PHONE.test(place) && !EMAIL.test(place)) return { met: false, fields: ['place'], hint: m.authority.noContact };
  return { met: true, fields: ['unit', 'department', 'place'], hint: m.authority.met };
}

/** Art. 10(1)(c) concerns only what is done online: a procedure done wholly at the office has nothing to state. */
function checkAuthentication(record: QualityRecord): Verdict {
  const online = (record.steps ?? []).map((step, index) => ({ step, index })).filter(({ step }) => step.online);
  if (online.length === 0) return { met: true, applicable: false, fields: ['steps'], hint: m.authentication.notApplicable };
  const missing = online.filter(({ step }) => !hasItems((step as StepWithAuth).eAuth));
  if (missing.length === 0) {
    return { met: true, fields: online.map(({ index }) => `steps.${index}.eAuth`), hint: m.authentication.met };
  }
  return {
    met: false,
    fields: missing.map(({ index }) => `steps.${index}.eAuth`),
    hint: m.authentication.missing(missing.map(({ step }) => step.name)),
  };
}

function hasItems(values: readonly unknown[] | undefined): boolean {
  return Array.isArray(values) && values.length > 0;
}

/**
 * A document's format is known when the editor chose it, or when it has an e-form (it is then
 * accepted as that form). Documents "do wglądu" are by definition shown in the original at the
 * office, so only documents "do złożenia" need a format.
 */
function isFormatKnown(document: RequiredDocumentWithFormat): boolean {
  return document.group === 'inspect' || hasItems(document.formats) || hasItems(document.eForms);
}

function checkEvidence(record: QualityRecord): Verdict {
  const documents = record.requiredDocuments ?? [];
  if (documents.length === 0) {
    // The template's own answer for "nothing to submit" lives in submissionChannels.
    if (isAnswer(record.submissionChannels, 'nie dotyczy')) {
      return { met: true, applicable: false, fields: ['submissionChannels'], hint: m.evidence.notApplicable };
    }
    return { met: false, fields: ['requiredDocuments', 'submissionChannels'], hint: m.evidence.noDocuments };
  }
  const missing = documents.map((document, index) => ({ document, index })).filter(({ document }) => !isFormatKnown(document));
  if (missing.length === 0) return { met: true, fields: ['requiredDocuments'], hint: m.evidence.met };
  return {
    met: false,
    fields: missing.map(({ index }) => `requiredDocuments.${index}.formats`),
    hint: m.evidence.missing(missing.map(({ document }) => document.name)),
  };
}

/** "brak" is the template's answer when no appeal lies: the user is told, so the point is met. */
function checkRedress(record: QualityRecord): Verdict {
  if (!isFilled(record.appeal)) return { met: false, fields: ['appeal'], hint: m.redress.missing };
  return { met: true, fields: ['appeal'], hint: isAnswer(record.appeal, 'brak') ? m.redress.metNone : m.redress.met };
}

/**
 * An empty list is shown as "brak" (no fees): met. Otherwise every fee needs its amount; and when
 * any step is online, a way to pay online: an account number (a bank transfer is an online
 * payment) or the proposed `onlinePayment` (where "none" is an honest answer, and so met).
 */
function checkFees(record: QualityRecord): Verdict {
  const fees = (record.fees ?? []).map((fee, index) => ({ fee, index }));
  if (fees.length === 0) return { met: true, fields: ['fees'], hint: m.fees.metNone };
  const noAmount = fees.filter(({ fee }) => !isFilled(fee.amount));
  if (noAmount.length > 0) {
    return { met: false, fields: noAmount.map(({ index }) => `fees.${index}.amount`), hint: m.fees.noAmount(noAmount.map(feeName)) };
  }
  if (hasOnlineStep(record)) {
    const noPayment = fees.filter(({ fee }) => !isFilled(fee.account) && !hasItems(fee.onlinePayment));
    if (noPayment.length > 0) {
      return {
        met: false,
        fields: noPayment.map(({ index }) => `fees.${index}.onlinePayment`),
        hint: m.fees.noOnlinePayment(noPayment.map(feeName)),
      };
    }
  }
  return { met: true, fields: ['fees'], hint: m.fees.met };
}

function feeName({ fee, index }: { fee: FeeWithPayment; index: number }): string {
  return isFilled(fee.type) ? fee.type : `${index + 1}`;
}

/** The authority's deadline is required; the user's own deadline is advised, since many procedures have none. */
function checkDeadlines(record: QualityRecord): Verdict {
  const deadline = record.deadline ?? {};
  const hasValue = typeof deadline.value === 'number' && deadline.value > 0 && deadline.unit !== undefined;
  if (!hasValue && !isFilled(deadline.description)) return { met: false, fields: ['deadline'], hint: m.deadlines.missing };
  const hint = isFilled(record.submissionDeadline) ? m.deadlines.met : m.deadlines.metAdvice;
  return { met: true, fields: ['deadline', 'submissionDeadline'], hint };
}

const CHECKS: Record<CompletenessPointId, (record: QualityRecord) => Verdict> = {
  steps: checkSteps,
  authority: checkAuthority,
  authentication: checkAuthentication,
  evidence: checkEvidence,
  redress: checkRedress,
  fees: checkFees,
  deadlines: checkDeadlines,
};

/** One entry per point (a)–(g), in order. */
export function checkCompleteness(record: QualityRecord): CompletenessPoint[] {
  return COMPLETENESS_POINT_IDS.map((id) => {
    const { applicable = true, ...verdict } = CHECKS[id](record);
    return { id, letter: LETTERS[id], label: m.label[id], applicable, ...verdict };
  });
}

/** The points still missing: approval asks the team for a justification while this is not empty. */
export function missingPoints(points: readonly CompletenessPoint[]): CompletenessPointId[] {
  return points.filter((point) => !point.met).map((point) => point.id);
}

/** For the team's dashboard: how many procedures miss each point. */
export function countMissingByPoint(records: readonly QualityRecord[]): Record<CompletenessPointId, number> {
  const counts = Object.fromEntries(COMPLETENESS_POINT_IDS.map((id) => [id, 0])) as Record<CompletenessPointId, number>;
  for (const record of records) {
    for (const id of missingPoints(checkCompleteness(record))) counts[id] += 1;
  }
  return counts;
}
