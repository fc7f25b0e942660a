import type { MessageParams, MessageTable } from "../types";
import { commonMessages } from "./common";
import { haaglanden2021Messages } from "./haaglanden-2021";
import { haaglanden2025Messages } from "./haaglanden-2025";
import { passenderwijsMessages } from "./passenderwijs";
import { schoolMessages } from "./school";
import { zuidLimburgMessages } from "./zuid-limburg";

/** The one table of Dutch finding texts, assembled from its parts. Message ids are unique across parts. */
export const messages: MessageTable = {
  ...commonMessages,
  ...schoolMessages,
  ...haaglanden2021Messages,
  ...haaglanden2025Messages,
  ...passenderwijsMessages,
  ...zuidLimburgMessages,
};

/** The Dutch text of a message; an unknown id is a programming error and says so. */
export function say(id: string, params: MessageParams): string {
  const message = messages[id];
  if (!message) throw new Error(`Onbekende melding ${id}`);
  return message(params);
}
