/** `T` with every key that may be undefined made optional instead (what `compact` leaves). */
export type Compacted<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops keys whose value is undefined, so that key order and presence are stable. */
export function compact<T extends object>(object: T): Compacted<T> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as Compacted<T>;
}

/** An optional list: an empty one is left out, like an empty section. */
export const nonEmpty = <T>(list: T[] | undefined): T[] | undefined => (list && list.length > 0 ? list : undefined);
