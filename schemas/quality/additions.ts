/**
 * Optional keys proposed for the exchange and public schemas (`schema-additions.md` holds the JSON
 * Schema fragments). Until the lead adds them, the checks read them when a record carries them, so
 * a record with or without them is checked the same way. The enum lists here and the fragments in
 * the Markdown file must stay equal: `tests/unit/quality.schemaAdditions.test.ts` compares them.
 */
import type { Fee, ProcedureRecord, RequiredDocument, Step } from '../types.generated';

/** SDGR Art. 10(c): means of authentication, identification and signature accepted for a step. */
export const E_AUTH_MEANS = [
  'trusted-profile',
  'e-id-card',
  'personal-signature',
  'trusted-signature',
  'qualified-signature',
  'mobywatel',
  'online-banking',
  'eidas',
  'platform-account',
  'none',
] as const;
export type EAuthMeans = (typeof E_AUTH_MEANS)[number];

/** SDGR Art. 10(d): the form in which a document (evidence) is accepted. */
export const EVIDENCE_FORMATS = ['paper-original', 'paper-copy', 'certified-copy', 'electronic-signed', 'electronic-form', 'scan'] as const;
export type EvidenceFormat = (typeof EVIDENCE_FORMATS)[number];

/** SDGR Art. 10(f): how a fee can be paid online; `none` states that it cannot. */
export const ONLINE_PAYMENT_METHODS = ['bank-transfer', 'payment-gateway', 'blik', 'card', 'none'] as const;
export type OnlinePaymentMethod = (typeof ONLINE_PAYMENT_METHODS)[number];

/** ELI of an act as the Sejm's API addresses it: publisher (Dziennik Ustaw, Monitor Polski), year, position. */
export const ELI_PATTERN = /^(DU|MP)\/\d{4}\/[1-9]\d*$/;

export interface StepWithAuth extends Step {
  eAuth?: EAuthMeans[];
}
export interface FeeWithPayment extends Fee {
  onlinePayment?: OnlinePaymentMethod[];
}
export interface RequiredDocumentWithFormat extends RequiredDocument {
  formats?: EvidenceFormat[];
  formatNotes?: string;
}
export interface LegalBasisEli {
  /** The legal-basis entry, exactly as written in `legalBasis`. */
  entry: string;
  /** Its ELI, or null when the editor states it has none (an act outside the Sejm's journals). */
  eli: string | null;
}

/**
 * A record as the quality checks take it: the exchange format, every key optional (the admin checks
 * drafts while they are typed), plus the proposed keys.
 */
export interface QualityRecord extends Partial<Omit<ProcedureRecord, 'steps' | 'fees' | 'requiredDocuments' | 'deadline' | 'callCenter'>> {
  steps?: StepWithAuth[];
  fees?: FeeWithPayment[];
  requiredDocuments?: RequiredDocumentWithFormat[];
  deadline?: Partial<ProcedureRecord['deadline']>;
  callCenter?: ProcedureRecord['callCenter'];
  legalBasisEli?: LegalBasisEli[];
}
