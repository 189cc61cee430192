import type { PublicProcedure } from '../schemas/types.generated';

/** One live procedure with what the portal shows beside it. */
export interface PublishedProcedure {
  procedure: PublicProcedure;
  /** Earlier approved versions that were public while live, for /procedury/<slug>/wersje/<n>/ (archival). */
  archive: PublicProcedure[];
}
