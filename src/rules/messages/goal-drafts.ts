import type { MessageParams } from "../types";

/** "a", "a en b", "a, b en c". */
const and = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} en ${items[items.length - 1] ?? ""}`;

const lower = (items: readonly string[]) =>
  items.map((s) => s.charAt(0).toLowerCase() + s.slice(1));

/** What a drafted ontwikkeldoel says: the doel, the activiteiten towards it. */
export type GoalDraftText = {
  doel: (p: MessageParams) => string;
  activiteiten: (p: MessageParams) => string;
};

/**
 * Draft ontwikkeldoelen per norm not met, in Dutch: the one source of a proposed goal, for the drafts
 * in the pane and `fill --draft-goals` and for the example an answered-by-goal finding gives. `labels` are the short labels of the rows that
 * miss the norm, `detail` their full labels (as the model words them, for a text that must name
 * them), `count` how many there are. A director edits the draft before it is written.
 */
export const goalDraftMessages: Readonly<Record<string, GoalDraftText>> = {
  "ZL-A": {
    doel: () =>
      "Het basisarrangement van de inspectie terugkrijgen door de verbeterpunten uit het inspectieoordeel uit te voeren en te borgen.",
    activiteiten: () =>
      "Verbeterplan opstellen met het bestuur; voortgang elk kwartaal bespreken in het team; interne audit voor het volgende inspectiebezoek.",
  },
  "ZL-B": {
    doel: (p) => `Alle zorgindicatoren minstens op een 3 brengen; eerst ${and(p.labels)}.`,
    activiteiten: (p) =>
      `Per zorgindicator (${p.count ?? p.labels.length}) de oorzaak analyseren met IB en team, een verbeteraanpak kiezen en die na een half jaar opnieuw scoren.`,
  },
  "ZL-HGW": {
    doel: (p) =>
      `Handelingsgericht werken versterken, zodat meer dan 75% van het team ${and(p.labels)} beheerst.`,
    activiteiten: () =>
      "Teamscholing en collegiale consultatie; klassenbezoeken door IB met nabespreking; na een jaar opnieuw scoren.",
  },
  "ZL-SPECIFIEK": {
    doel: (p) =>
      `Specifieke ondersteuning uitbouwen tot beleid, specialisme, gesloten keten en proceseigenaar voor ${and(lower(p.labels.map((l) => l.replace(/: aantal ja-scores$/i, ""))))}.`,
    activiteiten: () =>
      "Beleid op schrift zetten; een specialist opleiden of aanstellen; afspraken met ketenpartners vastleggen; een proceseigenaar aanwijzen.",
  },
  "ZL-STRUCTUUR": {
    doel: () =>
      "De ondersteuningsstructuur vastleggen in het schoolplan en het beleid van het bestuur, en vanaf niveau 3 met een handelingsgericht plan werken.",
    activiteiten: () =>
      "Ondersteuningsstructuur beschrijven in het schoolplan en afstemmen met het bestuur; een format voor het handelingsgerichte plan kiezen en het team erin scholen.",
  },
  "HL21-HGW-START": {
    doel: () =>
      "Handelingsgericht werken invoeren als werkwijze van de hele school, zoals in Haaglanden is afgesproken.",
    activiteiten: () =>
      "Teamscholing HGW; de zeven uitgangspunten een voor een invoeren; jaarlijks evalueren in de teamvergadering.",
  },
  "HL21-GOALS": {
    doel: (p) =>
      `De uitgangspunten van handelingsgericht werken op orde brengen: ${and(p.detail ? p.detail.split("\n") : p.labels)}.`,
    activiteiten: () =>
      "Per uitgangspunt een verbeteractie in het jaarplan; bespreken in het team; aan het eind van het schooljaar opnieuw beoordelen.",
  },
  "HL25-DYSLEXIE": {
    doel: () =>
      "Het aanbod voor leerlingen met dyslexie beschrijven en versterken, zoals de basisondersteuning van SPPOH vraagt.",
    activiteiten: () =>
      "Dyslexieprotocol bijwerken; leerkrachten scholen in signaleren en begeleiden; ouders informeren.",
  },
  "PW-INSPECTIE": {
    doel: (p) =>
      `Het voorwaardelijk niveau weer op orde: ${and(p.labels)} minstens voldoende bij het volgende inspectiebezoek.`,
    activiteiten: () =>
      "Verbeterplan op de punten van de inspectie; voortgang elk kwartaal met het bestuur bespreken.",
  },
  "PW-VEILIG": {
    doel: (p) =>
      `De veilige leeromgeving op het regionale minimum brengen: ${and(lower(p.labels))}.`,
    activiteiten: () =>
      "Ontbrekende protocollen opstellen of bijwerken met team en MR; vastleggen in de schoolgids.",
  },
  "PW-SCHOOLNIVEAU": {
    doel: (p) => `Op schoolniveau aanvullen wat de regio afspreekt: ${and(lower(p.labels))}.`,
    activiteiten: () => "Per onderdeel een eigenaar en een plan in het jaarplan opnemen.",
  },
  "PW-HGW": {
    doel: (p) =>
      `Handelingsgericht werken succesvol invoeren op: ${and(p.detail ? p.detail.split("\n") : p.labels)}.`,
    activiteiten: () =>
      "Teamscholing en collegiale consultatie; klassenbezoeken met nabespreking; jaarlijks evalueren.",
  },
};

/** The tijdpad a draft proposes: the coming schooljaar. */
export const draftTijdpad = (schooljaar: string) => `Schooljaar ${schooljaar}`;
