import type { FieldHook } from 'payload';
import { dayToStored, storedToDay } from '../../../../schemas/rules/time';

/** Stores a picked day at noon UTC, whatever time zone the editor's browser was in. */
export const normalizeDay: FieldHook = ({ value }) => {
  const day = storedToDay(value as string | Date | null | undefined);
  return day ? dayToStored(day) : null;
};
