import type { Fee } from '../../schemas/types.generated';

/** "Opłaty" with no fee: the template says to write „brak”. */
export const NO_FEES = 'brak';

/** A fee's cells as the fee table shows them; a missing account number is a dash, missing remarks nothing. */
export function formatFee(fee: Fee): { type: string; amount: string; account: string; remarks: string } {
  return { type: fee.type, amount: fee.amount, account: fee.account ?? '—', remarks: fee.remarks ?? '' };
}
