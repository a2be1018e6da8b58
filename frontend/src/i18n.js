// German and English labels. News text is never translated, only the interface.
export const TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];

const L = {
  de: {
    timeline: "Zeitleiste", network: "Netzwerk", map: "Karte", events: "Ereignisse",
    documents: "Dokumente", document: "Dokument",
    since: "von", until: "bis", type: "Typ", quad: "Quad-Klasse", actor: "Akteur",
    country: "Land", sector: "Sektor", place: "Ort", q: "Volltext", all: "alle",
    flagged: "verneint/hypothetisch", flagDefault: "Standard (nicht mitgezählt)", flagInclude: "einbeziehen",
    flagExclude: "ausblenden", flagOnly: "nur diese", reset: "zurücksetzen",
    date: "Datum", source: "Quelle (wer)", target: "Ziel (wen)", goldstein: "Goldstein",
    mentions: "Erwähnungen", sentence: "Satz", flags: "Merkmale", negated: "verneint",
    hypothetical: "hypothetisch", prev: "zurück", next: "weiter", of: "von",
    noData: "Keine Daten für diese Auswahl.", loading: "lädt …", error: "Fehler",
    eventsN: "Ereignisse", docsN: "Dokumente", close: "schließen",
    openDocument: "im Dokument zeigen", byType: "nach Typ", byQuad: "nach Quad-Klasse",
    groupCode: "Akteure", groupCountry: "Länder", title: "Titel", teaser: "Vorspann",
    body: "Text", legendActor: "Akteur", legendPredicate: "Prädikat", legendCoded: "kodiertes Ereignis",
    clickBar: "Balken anklicken: Ereignisse dieses Tages", clickNode: "Knoten anklicken: Ereignisse dieses Akteurs",
    clickPoint: "Punkt anklicken: Ereignisse an diesem Ort", reportedBy: "berichtet von",
    confidence: "Konfidenz", url: "Adresse", interval: "Intervall", location: "Ort",
    language: "Sprache", eventDetail: "Ereignis", edges: "Kanten", nodes: "Knoten",
    q1: "verbale Kooperation", q2: "materielle Kooperation", q3: "verbaler Konflikt", q4: "materieller Konflikt",
  },
  en: {
    timeline: "Timeline", network: "Network", map: "Map", events: "Events",
    documents: "Documents", document: "Document",
    since: "from", until: "to", type: "Type", quad: "Quad class", actor: "Actor",
    country: "Country", sector: "Sector", place: "Place", q: "Full text", all: "all",
    flagged: "negated/hypothetical", flagDefault: "default (not counted)", flagInclude: "include",
    flagExclude: "hide", flagOnly: "only these", reset: "reset",
    date: "Date", source: "Source (who)", target: "Target (whom)", goldstein: "Goldstein",
    mentions: "Mentions", sentence: "Sentence", flags: "Flags", negated: "negated",
    hypothetical: "hypothetical", prev: "previous", next: "next", of: "of",
    noData: "No data for this selection.", loading: "loading …", error: "Error",
    eventsN: "events", docsN: "documents", close: "close",
    openDocument: "show in document", byType: "by type", byQuad: "by quad class",
    groupCode: "actors", groupCountry: "countries", title: "Title", teaser: "Teaser",
    body: "Body", legendActor: "actor", legendPredicate: "predicate", legendCoded: "coded event",
    clickBar: "Click a bar: the events of that day", clickNode: "Click a node: the events of that actor",
    clickPoint: "Click a point: the events at that place", reportedBy: "reported by",
    confidence: "Confidence", url: "URL", interval: "Interval", location: "Place",
    language: "Language", eventDetail: "Event", edges: "edges", nodes: "nodes",
    q1: "verbal cooperation", q2: "material cooperation", q3: "verbal conflict", q4: "material conflict",
  },
};

const TYPE_LABELS = {
  de: {
    AGREE: "Einigung", CONSULT: "Beratung", SUPPORT: "Unterstützung", CONCEDE: "Zugeständnis",
    COOPERATE: "Zusammenarbeit", AID: "Hilfe", RETREAT: "Rückzug", REQUEST: "Forderung",
    ACCUSE: "Vorwurf", REJECT: "Ablehnung", THREATEN: "Drohung", PROTEST: "Protest",
    SANCTION: "Sanktion", MOBILIZE: "Mobilisierung", COERCE: "Zwang", ASSAULT: "Angriff",
  },
  en: {
    AGREE: "agree", CONSULT: "consult", SUPPORT: "support", CONCEDE: "concede",
    COOPERATE: "cooperate", AID: "aid", RETREAT: "retreat", REQUEST: "request",
    ACCUSE: "accuse", REJECT: "reject", THREATEN: "threaten", PROTEST: "protest",
    SANCTION: "sanction", MOBILIZE: "mobilize", COERCE: "coerce", ASSAULT: "assault",
  },
};

let lang = "de";
export function setLang(l) { lang = L[l] ? l : "de"; document.documentElement.lang = lang; }
export function getLang() { return lang; }
export function t(key) { return (L[lang] && L[lang][key]) || L.en[key] || key; }
export function typeLabel(type) { return (TYPE_LABELS[lang] || {})[type] || type; }
export function quadLabel(q) { return t("q" + q); }
