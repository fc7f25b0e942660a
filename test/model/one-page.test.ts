import { templates, type TemplateId } from "../../src/model";
import { onePageLayouts } from "../../src/model/one-page";

describe("the SOP one page layouts", () => {
  it.each(Object.keys(templates) as TemplateId[])("%s names only fields and rules it has", (id) => {
    const template = templates[id];
    const layout = onePageLayouts[id];
    const named = [
      ...layout.facts.map((f) => f.field),
      layout.kern.field,
      ...layout.ambities.items.flatMap((a) => [a.field, ...(a.with ? [a.with] : [])]),
    ];
    for (const field of named) expect([field, template.byId.has(field)]).toEqual([field, true]);
    const rules = new Set([
      ...template.checks.map((c) => c.rule),
      ...template.fields.flatMap((e) => e.field.followUp?.report?.rule ?? []),
    ]);
    for (const rule of layout.norms) expect([rule, rules.has(rule)]).toEqual([rule, true]);
    for (const group of layout.glance)
      expect(
        template.fields.some((e) => group.fields.some((prefix) => e.field.id.startsWith(prefix))),
      ).toBe(true);
  });
});
