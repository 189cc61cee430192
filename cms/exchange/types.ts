/** The exchange format (DESIGN.md, `schemas/procedure.schema.json`). */
export interface Step {
  name: string;
  comment?: string;
  online: boolean;
}
export interface Fee {
  type: string;
  amount: string;
  account?: string;
  remarks?: string;
}
export interface EForm {
  platform: string;
  url: string;
}
export interface RequiredDocument {
  group: 'submit' | 'inspect';
  name: string;
  file?: string;
  sampleFile?: string;
  eForms?: EForm[];
}
export interface OtherDocument {
  name: string;
  file?: string;
}
export interface CallCenterInfo {
  contacts?: { name: string; phone: string }[];
  notes?: string;
  faq?: { question: string; answer: string }[];
  other?: string;
}
export interface Deadline {
  value?: number;
  unit?: 'days' | 'weeks' | 'months';
  description?: string;
}
export interface ProcedureRecord {
  slug: string;
  title: string;
  internal: boolean;
  related?: string[];
  validFrom?: string | null;
  validTo?: string | null;
  informationCreatedAt?: string;
  summary: string;
  steps: Step[];
  onlineActions?: string[];
  usefulInfo?: string[];
  howTo: string;
  additionalInfo?: string;
  deadline: Deadline;
  place: string;
  appointments: string;
  appointmentRequired: boolean;
  fees: Fee[];
  submissionChannels: string;
  submissionDeadline?: string;
  requiredDocuments?: RequiredDocument[];
  otherDocuments?: OtherDocument[];
  callCenter?: CallCenterInfo;
  legalBasis: string[];
  appeal: string;
  reuseConditions?: string | null;
  owner: string;
  responsiblePersons: string[];
  coordinator: string;
  unit: string;
  department: string;
  inEzd?: boolean;
}

/** Looks up the names behind stored ids (and back). Implemented over Payload's Local API. */
export interface Lookups {
  procedureSlug(id: number | string): Promise<string | undefined>;
  departmentName(id: number | string): Promise<string | undefined>;
  fileName(id: number | string): Promise<string | undefined>;
}

export type Id = number | string;
