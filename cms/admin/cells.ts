/** List cells of our own (cms/components/cells): a relation column shows the related record's title, read on the server. */
export const relationTitleCell = { Cell: '/components/cells/RelationTitle#RelationTitle' } as const;
