import { scanControls } from "../docx/scan";
import type { ControlInfo } from "../port";

/** A text box's content, however Word wrote it (DrawingML and its VML fallback both use it). */
const TEXT_BOX = /<w:txbxContent\b[^>]*?(?:\/>|>[\s\S]*?<\/w:txbxContent>)/g;
const TAG = /<w:tag\s+w:val="([^"]*)"/g;

/** What the body's OOXML says about its controls. */
export type OoxmlControls = {
  /** Every control outside text boxes, in document order, read as the .docx adapter reads them. */
  controls: ControlInfo[];
  /** The tags of controls inside text boxes, which Word never gives to an add-in (office-js #2945). */
  inTextBoxes: string[];
};

/**
 * Reads the controls from `body.getOoxml()`, through the same scanner and the same interpretation
 * (`toControlInfo`) the .docx adapter uses. The OOXML is what Word cannot get wrong: it says whether a
 * control shows its placeholder (`w:showingPlcHdr`), whatever `placeholderText` reports, and leaves
 * deleted revisions (`w:del`) out of the text, as after accepting them.
 */
export function controlsFromOoxml(ooxml: string): OoxmlControls {
  const inTextBoxes = new Set<string>();
  // Word writes the flat OPC with the `w` prefix; a text box's controls are cut out here, so they
  // are not read (twice: DrawingML and its fallback) as if Word could reach them.
  const outside = ooxml.replace(TEXT_BOX, (box) => {
    for (const m of box.matchAll(TAG)) if (m[1]?.startsWith("sop:")) inTextBoxes.add(m[1]);
    return "";
  });
  return { controls: scanControls(outside, "body.getOoxml()"), inTextBoxes: [...inTextBoxes] };
}
