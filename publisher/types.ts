import type { ProcedureRecord } from '../cms/exchange/types';
import type { ApprovedFile } from '../schemas/rules/files';
import type { RegisterEntryLike } from '../schemas/rules/live';

/** A change-register entry as the publisher reads it (approval with content, or withdrawal). */
export interface RegisterEntry extends RegisterEntryLike {
  procedureId: string;
  slug: string;
  title: string;
  note: string;
  decidedByName: string;
  submittedByName?: string | null;
  content?: ProcedureRecord | null;
  /** The exact files the approval fixed (name, SHA-256, size, type); null for a withdrawal. */
  files?: ApprovedFile[] | null;
}

export interface Attachment {
  fileName: string;
  mediaType: string;
  size: number;
  url: string;
  sha256?: string;
}

export interface ChangeRegisterItem {
  version: number;
  date: string;
  by: string;
  note: string;
  kind: 'approval' | 'withdrawal';
}

/** The published shape (schemas/public-procedure.schema.json). */
export interface PublicProcedure {
  slug: string;
  title: string;
  related?: { slug: string; title: string }[];
  informationCreatedAt: string;
  summary: string;
  steps: { name: string; comment?: string; online: boolean }[];
  onlineActions?: string[];
  usefulInfo?: string[];
  howTo: string;
  additionalInfo?: string;
  deadline: { value?: number; unit?: 'days' | 'weeks' | 'months'; description?: string };
  place: string;
  appointments: string;
  appointmentRequired: boolean;
  fees: { type: string; amount: string; account?: string; remarks?: string }[];
  submissionChannels: string;
  submissionDeadline?: string;
  requiredDocuments?: {
    group: 'submit' | 'inspect';
    name: string;
    file?: Attachment;
    sampleFile?: Attachment;
    eForms?: { platform: string; url: string }[];
  }[];
  otherDocuments?: { name: string; file?: Attachment }[];
  legalBasis: string[];
  appeal: string;
  reuseConditions?: string;
  responsiblePersons: string[];
  unit: string;
  department: string;
  bip: {
    createdBy: string[];
    createdAt: string;
    publishedBy: string;
    publishedAt: string;
    modifiedAt: string;
    version: number;
    changeRegister: ChangeRegisterItem[];
  };
}

/** One live procedure with what the portal shows beside it. */
export interface PublishedProcedure {
  procedure: PublicProcedure;
  /** Earlier approved versions, for /procedury/<slug>/wersje/<n>/ (archival). */
  archive: PublicProcedure[];
}
