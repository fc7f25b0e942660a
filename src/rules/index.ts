export { evaluate } from "./evaluate";
export * from "./dutch";
export { estimateLines } from "./checks/texts";
export { impliedPupils } from "./checks/financien";
export { hintsToClear } from "./final";
export { messages, say } from "./messages";
export type * from "./types";
export { normFields, ruleStatus } from "./norms";
