import type { MessageTable } from "../types";

export const haaglanden2025Messages: MessageTable = {};
