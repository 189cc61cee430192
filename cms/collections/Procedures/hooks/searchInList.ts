import type { CollectionAfterOperationHook, CollectionBeforeOperationHook, Where } from 'payload';
import { staffSearch } from '../../../search/service';
import type { ProcedureId } from '../../../search/staffIndex';

/** The fields the admin's list search covers (`admin.listSearchableFields`) and the picker's `useAsTitle`. */
const SEARCHED = new Set(['title', 'slug', 'summary']);
/** The staff search's best results taken into a list (the query guard allows lists of up to 200 ids). */
const RANKED = 200;

/** What a `find` passes to the hook (the `read` hook sees `findByID` too, with an `id`). */
interface FindArgs {
  where?: Where;
  sort?: string | string[];
  limit?: number;
  page?: number;
  pagination?: boolean;
  draft?: boolean;
  overrideAccess?: boolean;
}

interface PagePlan {
  order: ProcedureId[];
  total: number;
  page: number;
  limit: number;
}

/** The arguments this hook rewrote, with the page it chose (read back after the query). */
const plans = new WeakMap<object, PagePlan>();

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{ title: { like: "…" } }` (or slug, summary): its text. */
function likeText(clause: unknown): string | undefined {
  if (!isObject(clause)) return undefined;
  const keys = Object.keys(clause);
  const condition = clause[keys[0] ?? ''];
  if (keys.length !== 1 || !SEARCHED.has(keys[0] ?? '') || !isObject(condition)) return undefined;
  const operators = Object.keys(condition);
  return operators.length === 1 && typeof condition.like === 'string' ? condition.like : undefined;
}

/** The list's search (`or` of the same `like` over the searchable fields, title among them) or the picker's (`title like`). */
function searchText(clause: unknown): string | undefined {
  if (isObject(clause) && Array.isArray(clause.or) && Object.keys(clause).length === 1) {
    const texts = clause.or.map(likeText);
    const hasTitle = clause.or.some((part) => isObject(part) && 'title' in part);
    return hasTitle && texts.every((text) => text !== undefined && text === texts[0]) ? texts[0] : undefined;
  }
  return isObject(clause) && 'title' in clause ? likeText(clause) : undefined;
}

/** The search the admin built into a query, and the other conditions beside it. */
export function findSearch(where: unknown): { text: string; clause: Where; others: Where[] } | undefined {
  if (!isObject(where)) return undefined;
  const own = searchText(where);
  if (own !== undefined) return { text: own, clause: where as Where, others: [] };
  if (!Array.isArray(where.and) || Object.keys(where).length !== 1) return undefined;
  const at = where.and.findIndex((part) => searchText(part) !== undefined);
  if (at < 0) return undefined;
  const others = where.and.filter((_, i) => i !== at) as Where[];
  return { text: searchText(where.and[at]) as string, clause: where.and[at] as Where, others };
}

/**
 * The admin's own searches — the procedures list's search box and the change-request form's
 * procedure picker — go through the staff search: Payload turns both into `like` conditions, which
 * require every typed string to occur as it is ("dowód" misses "dowodu", "meldunek" misses
 * "Zameldowanie"). This recognises such a query and replaces it with the staff search's results in
 * rank order, keeping every other condition (filters, access, the picker's exclusions) and adding
 * what Payload's own `like` finds after them, so a half-typed word still finds. The page is cut
 * from the ranked list here and put in order after the query (`restoreRankOrder`). Until the staff
 * search is built, Payload's own search answers.
 */
export const searchInList: CollectionBeforeOperationHook = async ({ args: hookArgs, operation, req }) => {
  if (operation !== 'read' || 'id' in hookArgs) return hookArgs;
  const args = hookArgs as typeof hookArgs & FindArgs;
  const found = findSearch(args.where);
  if (!found || found.text.trim() === '') return args;
  staffSearch.start(req.payload);
  const ranked = await staffSearch.search(found.text, RANKED);
  // Not built yet, or nothing found: Payload's own `like` answers (the query below would be that query again).
  if (!ranked || ranked.length === 0) return args;
  const rankedIds = ranked.map((result) => result.id);
  const matches = { or: [{ id: { in: rankedIds } }, found.clause] };
  const candidates = await req.payload.find({
    collection: 'procedures',
    where: { and: [...found.others, matches] },
    select: { slug: true },
    depth: 0,
    pagination: false,
    draft: args.draft === true,
    overrideAccess: args.overrideAccess === true,
    ...(args.sort ? { sort: args.sort } : {}),
    req,
  });
  const allowed = candidates.docs.map((doc) => doc.id as ProcedureId);
  const allowedKeys = new Set(allowed.map(String));
  const inRank = rankedIds.filter((id) => allowedKeys.has(String(id)));
  const rankedKeys = new Set(inRank.map(String));
  const order = [...inRank, ...allowed.filter((id) => !rankedKeys.has(String(id)))];
  if (order.length === 0) return args;
  const paginated = args.pagination !== false && args.limit !== 0;
  const limit = paginated ? Number(args.limit ?? 10) : order.length;
  const page = paginated ? Math.max(1, Number(args.page ?? 1)) : 1;
  const pageIds = order.slice((page - 1) * limit, page * limit);
  const where: Where =
    pageIds.length > 0 ? { id: { in: pageIds } } : { and: [{ id: { in: order.slice(0, 1) } }, { id: { not_in: order.slice(0, 1) } }] };
  const rewritten = { ...args, where, page: 1 };
  plans.set(rewritten, { order: pageIds, total: order.length, page, limit });
  return rewritten;
};

/** After a search rewritten above: the page's documents in rank order, and the paging figures of the whole result. */
export const restoreRankOrder: CollectionAfterOperationHook = ({ args, operation, result }) => {
  const plan = operation === 'find' ? plans.get(args) : undefined;
  if (!plan || !isObject(result) || !Array.isArray(result.docs)) return result;
  const position = new Map(plan.order.map((id, i) => [String(id), i]));
  const docs = [...(result.docs as { id: ProcedureId }[])].sort(
    (a, b) => (position.get(String(a.id)) ?? Infinity) - (position.get(String(b.id)) ?? Infinity),
  );
  const totalPages = Math.max(1, Math.ceil(plan.total / plan.limit));
  return {
    ...result,
    docs,
    totalDocs: plan.total,
    limit: plan.limit,
    page: plan.page,
    totalPages,
    pagingCounter: (plan.page - 1) * plan.limit + 1,
    hasPrevPage: plan.page > 1,
    hasNextPage: plan.page < totalPages,
    prevPage: plan.page > 1 ? plan.page - 1 : null,
    nextPage: plan.page < totalPages ? plan.page + 1 : null,
  } as typeof result;
};
