import { templates } from "../../src/model";

const template = templates["haaglanden-2025"];
const kind = (id: string) => template.byId.get(id)?.field.kind;

describe("haaglanden-2025: Ondersteuningsaanbod schoolgids 2025", () => {
  test("sections in document order, with the number of fields counted from the model", () => {
    const counts = template.sections.map((s) => [
      [s.number, s.heading].filter(Boolean).join(" "),
      template.fields.filter((f) => f.sectionId === s.id).length,
    ]);
    expect(counts).toEqual([
      ["Ondersteuningsaanbod", 1], // the school's name: the model has no place for it (issue 7.6)
      ["1 Zorgplicht", 0],
      ["2 Basisondersteuning Haaglanden SPPOH", 0],
      ["3 Extra ondersteuning", 0],
      // structuur, sterke punten, five schoolse vaardigheden, ambities
      ["4 Ondersteuningsaanbod van de school", 8],
      // eight rows × (ja/nee + korte weergave), plus Anders: name, ja/nee, korte weergave
      ["4.1 Expertise in de school", 19],
      // didactisch six rows + Anders (name, text); pedagogisch four rows + Anders (name, text)
      ["4.2 Onderwijsaanbod van de school", 14],
      // ten partners + two Anders rows with a name
      ["4.3 Netwerkpartners van de school", 14],
      // nine rooms + Anders with a name
      ["4.4 Het schoolgebouw", 11],
    ]);
  });

  test.each([
    ["structuur", "richText"],
    ["sterke-punten", "richText"],
    ["ambities", "richText"],
    ...["zelfredzaamheid", "sociaal", "emotieregulatie", "leerstof", "groepsgrootte"].map((k) => [
      `vaardigheid.${k}`,
      "text",
    ]),
    ...[
      "taal",
      "rekenen",
      "gedrag",
      "jonge-kind",
      "hoogbegaafdheid",
      "moeilijk-leren",
      "motoriek",
      "nt2",
      "anders",
    ].flatMap((k) => [
      [`expertise.${k}`, "choice"],
      [`expertise.${k}.inhoud`, "text"],
    ]),
    ["expertise.anders.naam", "text"],
    ...[
      "signaleren",
      "rekenen",
      "uitdaging",
      "motoriek",
      "dyslexie",
      "meertaligheid",
      "anders",
    ].map((k) => [`didactisch.${k}`, "text"]),
    ["didactisch.anders.naam", "text"],
    ...["klimaat", "signaleren", "seo", "weerbaarheid", "anders"].map((k) => [
      `pedagogisch.${k}`,
      "text",
    ]),
    ["pedagogisch.anders.naam", "text"],
    ...[
      "sbo",
      "so",
      "adviseur",
      "smw",
      "leerplicht",
      "jgz",
      "jeugdhulp",
      "politie",
      "logopedie",
      "fysiotherapie",
      "anders-1",
      "anders-2",
    ].map((k) => [`netwerk.${k}`, "choice"]),
    ["netwerk.anders-1.naam", "text"],
    ["netwerk.anders-2.naam", "text"],
    ...[
      "rolstoelvriendelijk",
      "invalidetoilet",
      "doven-slechthorenden",
      "blinden-slechtzienden",
      "gespreksruimte",
      "therapieruimte",
      "verzorgingsruimte",
      "time-out-ruimte",
      "lift",
      "anders",
    ].map((k) => [`gebouw.${k}`, "choice"]),
    ["gebouw.anders.naam", "text"],
  ])("field %s is a %s", (id, expected) => {
    expect(kind(id)).toBe(expected);
  });

  test("ja/nee rows have the options ja and nee", () => {
    const f = template.byId.get("netwerk.sbo")?.field;
    expect(f?.kind === "choice" && f.options.map((o) => o.key)).toEqual(["ja", "nee"]);
  });

  test("the schoolse vaardigheden are prefilled with the model's description", () => {
    const f = template.byId.get("vaardigheid.groepsgrootte")?.field;
    expect(f?.kind === "text" && f.default).toMatch(/20-30 leerlingen/);
  });
});
