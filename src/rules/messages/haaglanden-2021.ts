import type { MessageTable } from "../types";

export const haaglanden2021Messages: MessageTable = {};
