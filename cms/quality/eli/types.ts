/**
 * The Sejm's ELI API (https://api.sejm.gov.pl/eli, OpenAPI at /eli/openapi/), only the parts the
 * legal-basis watch reads. Shapes as public clients of the API document them:
 *
 * - `GET /acts/{publisher}/{year}/{position}` — the act's metadata: `ELI`, `title`, `type`,
 *   `status`, `announcementDate` (the act's own date, "z dnia …"), `promulgation` (published in the
 *   journal), `entryIntoForce`, `legalStatusDate` (for a consolidated text: the state of law it
 *   shows), and `references`: `{ "<category>": [{ id, date?, art? }] }`.
 * - `GET /acts/{publisher}/{year}/{position}/references` — the same categories with each related act
 *   spelled out: `{ "<category>": [{ act: { ELI, title, type, status, promulgation, announcementDate,
 *   displayAddress, … }, date?, art? }] }`.
 *
 * Category names are Polish, as the API returns them. On a base act: "Akty zmieniające"
 * (amendments; `date` = when the change enters into force), "Inf. o tekście jednolitym" (the
 * announcements of its consolidated texts), "Akty uchylające". On a consolidated text:
 * "Tekst jednolity dla aktu" (the base act it restates) and, on the current one only,
 * "Nowelizacje po tekście jednolitym" (`date` = the amending act's date).
 */

export const REFERENCE = {
  amendingActs: 'Akty zmieniające',
  consolidatedTexts: 'Inf. o tekście jednolitym',
  consolidatedTextOf: 'Tekst jednolity dla aktu',
  amendmentsAfterConsolidation: 'Nowelizacje po tekście jednolitym',
  repealingActs: 'Akty uchylające',
} as const;

/** A reference as embedded in an act's metadata. */
export interface EliEmbeddedReference {
  id: string;
  date?: string;
  art?: string;
}

/** `GET /acts/{publisher}/{year}/{position}`: the fields the watch reads. */
export interface EliAct {
  ELI: string;
  title?: string;
  type?: string;
  status?: string;
  displayAddress?: string;
  announcementDate?: string | null;
  promulgation?: string | null;
  entryIntoForce?: string | null;
  legalStatusDate?: string | null;
  references?: Record<string, EliEmbeddedReference[]>;
}

/** The related act inside an entry of `/references`. */
export interface EliActSummary {
  ELI: string;
  title?: string;
  type?: string;
  status?: string;
  displayAddress?: string;
  announcementDate?: string | null;
  promulgation?: string | null;
}

/** `GET /acts/{publisher}/{year}/{position}/references`. */
export type EliReferencesResponse = Record<string, { act?: EliActSummary; id?: string; date?: string; art?: string }[]>;

/** One related act, whichever of the two shapes it came in. */
export interface EliReference {
  eli: string;
  title?: string;
  displayAddress?: string;
  status?: string;
  /** Published in the journal. */
  promulgation?: string;
  /** The act's own date ("z dnia …"). */
  announcementDate?: string;
  /** The category's own date (for "Akty zmieniające": when the change enters into force). */
  date?: string;
}

export type EliReferences = Record<string, EliReference[]>;

export type EliErrorCode = 'not-found' | 'http' | 'timeout' | 'unreachable' | 'invalid-response' | 'invalid-eli';

export interface EliError {
  code: EliErrorCode;
  message: string;
  url: string;
  status?: number;
}

export type EliResult<T> = { ok: true; value: T } | { ok: false; error: EliError };

export interface EliClient {
  act(eli: string): Promise<EliResult<EliAct>>;
  references(eli: string): Promise<EliResult<EliReferences>>;
}
