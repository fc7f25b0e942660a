import type { MessageTable } from "../types";

export const passenderwijsMessages: MessageTable = {};
