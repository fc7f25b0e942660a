import type { MessageTable } from "../types";

export const commonMessages: MessageTable = {};
