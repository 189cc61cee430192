export {
  STATE_LABELS,
  TRANSITION_LABELS,
  TRANSITION_NAMES,
  TRANSITIONS,
  type TransitionName,
  WORKFLOW_STATES,
  type WorkflowState,
} from './states';
export type { TransitionInput, TransitionResult } from './transitions';
