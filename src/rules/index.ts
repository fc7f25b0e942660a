export { evaluate } from "./evaluate";
export * from "./dutch";
export { estimateLines } from "./checks/texts";
export { impliedPupils } from "./checks/financien";
export { hintsToClear } from "./final";
export { messages, say } from "./messages";
export type * from "./types";
export { normFields, ruleStatus } from "./norms";
export { normTitle } from "./norm-titles";
export {
  onePage,
  STATUS_TEXT,
  type OnePage,
  type OnePageNorm,
  type OnePageStatus,
} from "./one-page";
export {
  draftGoals,
  goalChanges,
  schooljaarOf,
  type GoalDraft,
  type GoalText,
} from "./goal-drafts";
