/**
 * Takes the place of Payload's own publication controls for procedures ("Cofnij publikację",
 * "Status: … — Przywróć do opublikowanego"): the state changes only through the workflow's named
 * transitions, whose buttons and state are shown instead (WorkflowActions, the sidebar).
 */
export const Hidden = () => null;
