import { DESKTOP, WEB, type Sets } from "./sim-sets";

/**
 * How the simulated Word behaves where the documentation is silent or real Word has known bugs
 * (../shared/spec/office-js.md, "More traps: assume the unfavourable reading"). The adapter's
 * contract suite and the pane's Word tests run under every profile, so the adapter has to be right
 * under each reading, not only under the one a simulator would guess.
 */
export type Profile = {
  name: string;
  /** Which requirement sets this Word has. */
  sets: Sets;
  /** Where each behaviour comes from: documentation pages and office-js issues. */
  cites: readonly string[];
  /**
   * What `placeholderText` reports: the control's own placeholder ("custom"), nothing ("empty",
   * a lost custom placeholder: office-js #6568), or Word's default text ("default", #1515).
   */
  placeholder: "custom" | "empty" | "default";
  /** onDataChanged fires only on controls the add-in called `track()` on (Word add-in events docs). */
  eventsNeedTrack: boolean;
  /** `text` includes deleted revisions while Track Changes is on (office-js #1267, #5874). */
  textIncludesDeleted: boolean;
  /**
   * `Body.insertFileFromBase64(…, "Replace")` fails with NotAllowed when the body holds a date picker
   * or a control that cannot be deleted (office-js #3080, office-js-docs-reference #5877);
   * `insertText` into the control holding the cursor throws (#2815, #311).
   */
  notAllowedOnLocked: boolean;
  /** How long `Office.onReady` takes on a cold cache (host script and strings first: #6040, #6148). */
  onReadyMs: number;
  /**
   * Loading `text` or `placeholderText` on a Picture, Group, RepeatingSection or
   * BuildingBlockGallery control throws, failing the whole batch (Word.ContentControl reference:
   * "an exception will be thrown on using methods … that aren't relevant for the specific type").
   */
  typeSpecificThrows: boolean;
  /** Plain-text controls that allow carriage returns are missing from getContentControls (#5899). */
  dropsMultiLinePlainText: boolean;
  /**
   * What `body.insertOoxml(…, "Replace")` does with the package's last section (not documented):
   * the document keeps its own ("kept"), or the package's replaces it and the header and footer
   * references the package cannot resolve are dropped ("inserted"; getOoxml sends no headers).
   */
  insertOoxmlSection: "kept" | "inserted";
  /**
   * Whether `getOoxml()` sends the comments part with the body (not documented). Where it does not,
   * comments anchored in OOXML inserted back are lost.
   */
  ooxmlComments: "sent" | "left-out";
};

/** Word as a simulator would guess it: every silence read in the add-in's favour. */
export const FAVOURABLE: Profile = {
  name: "favourable",
  sets: DESKTOP,
  cites: ["Word JavaScript API reference (WordApi 1.1-1.9, WordApiDesktop 1.3)"],
  placeholder: "custom",
  eventsNeedTrack: false,
  textIncludesDeleted: false,
  notAllowedOnLocked: false,
  onReadyMs: 0,
  typeSpecificThrows: false,
  dropsMultiLinePlainText: false,
  insertOoxmlSection: "kept",
  ooxmlComments: "sent",
};

/** Word on the web, as the tracker reports it. */
export const WEB_PROFILE: Profile = {
  name: "web",
  sets: WEB,
  cites: [
    "office-js #1515: Word on the web shows the default placeholder after a control is cleared",
    "learn.microsoft.com, Word add-in events: content control events require track()",
    "office-js #1267, #5874: ranges include deleted revisions on the web",
    "office-js #3080, docs #5877: insertFileFromBase64 Replace fails with NotAllowed on locked controls and date pickers",
    "office-js #2815, #311: writing into the control that holds the cursor throws",
    "office-js #6040, #6148: Office.onReady waits for the host script and strings",
    "Body.insertOoxml reference: silent on sections and comments; read unfavourably",
  ],
  placeholder: "default",
  eventsNeedTrack: true,
  textIncludesDeleted: true,
  notAllowedOnLocked: true,
  onReadyMs: 4000,
  typeSpecificThrows: false,
  dropsMultiLinePlainText: false,
  insertOoxmlSection: "inserted",
  ooxmlComments: "left-out",
};

/** Word for Windows builds with the known desktop regressions. */
export const DESKTOP_PROFILE: Profile = {
  name: "desktop",
  sets: DESKTOP,
  cites: [
    "Word.ContentControl reference: type-specific members throw on other control types",
    "office-js #5899: plain-text controls with carriage returns missing from getContentControls",
    "office-js #6568: custom placeholders lost after insertFileFromBase64 (placeholderText reads empty)",
  ],
  placeholder: "empty",
  eventsNeedTrack: false,
  textIncludesDeleted: false,
  notAllowedOnLocked: false,
  onReadyMs: 1500,
  typeSpecificThrows: true,
  dropsMultiLinePlainText: true,
  insertOoxmlSection: "inserted",
  ooxmlComments: "sent",
};

export const PROFILES: readonly Profile[] = [FAVOURABLE, WEB_PROFILE, DESKTOP_PROFILE];

/** Word's own placeholder text for a control without one of its own (Word for the web, English). */
export const WORD_DEFAULT_PLACEHOLDER = "Click here to enter text.";

/** A profile from a bare set of requirement sets (the favourable reading otherwise). */
export function profileOf(given: Sets | Profile | undefined): Profile {
  if (given === undefined) return FAVOURABLE;
  if ("cites" in given) return given as Profile;
  return { ...FAVOURABLE, name: "favourable", sets: given as Sets };
}
