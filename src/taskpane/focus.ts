/**
 * The element to focus for a field: its ticked radio button, else its first enabled control, else its
 * container (made focusable) when it holds no control (a computed count in a grid).
 */
export function focusTarget(root: ParentNode, fieldId: string): HTMLElement | undefined {
  const containers = Array.from(root.querySelectorAll<HTMLElement>(`[data-field="${fieldId}"]`));
  const controls = containers.flatMap((c) =>
    Array.from(c.querySelectorAll<HTMLElement>("input, textarea, select, output, [tabindex]")),
  );
  const enabled = controls.filter(
    (el) => !(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) || !el.disabled,
  );
  const ticked = enabled.find(
    (el) => el instanceof HTMLInputElement && el.type === "radio" && el.checked,
  );
  const target = ticked ?? enabled.find((el) => el.tagName !== "OUTPUT") ?? containers[0];
  if (target && target.tabIndex < 0 && !target.hasAttribute("tabindex")) target.tabIndex = -1;
  return target;
}
