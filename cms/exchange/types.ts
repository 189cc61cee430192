/** Looks up the names behind stored ids (and back). Implemented over Payload's Local API. */
export interface Lookups {
  procedureSlug(id: number | string): Promise<string | undefined>;
  departmentName(id: number | string): Promise<string | undefined>;
  fileName(id: number | string): Promise<string | undefined>;
}

export type Id = number;
