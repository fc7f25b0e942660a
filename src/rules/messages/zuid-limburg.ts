import type { MessageTable } from "../types";

export const zuidLimburgMessages: MessageTable = {};
