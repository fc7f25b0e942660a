import { templateIds, templates } from "../../src/model";
import { templateChoices } from "../../src/taskpane/browser/template-choices";

// The open screen names the templates without loading the model (ADR 0023); a renamed or added
// template must show there too.
it("the open screen offers every template of the model, under the model's name", () => {
  expect(templateChoices).toEqual(
    templateIds.map((id) => ({ id, name: templates[id].name, swv: templates[id].swv })),
  );
});
