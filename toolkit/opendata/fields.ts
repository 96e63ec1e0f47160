import type { CollectionName } from '../content/collections'
import type { Localized } from '../content/primitives'

/** The collections published as open data, with what each top-level field means. */
export const PUBLISHED = ['forms', 'laws', 'areas', 'glossary', 'examples', 'funding'] as const satisfies readonly CollectionName[]
export type Published = (typeof PUBLISHED)[number]

const f = (de: string, en: string): Localized => ({ de, en })
const common = {
  id: f('Kennung, zugleich Teil der Seitenadresse', 'Identifier, also part of the page address'),
  stand: f('Datum, zu dem die Angaben zusammengestellt wurden', 'Date on which the information was compiled'),
  sources: f('Öffentliche Quellen: Titel, Adresse (url) oder Fundstelle (citation)', 'Public sources: title, address (url) or legal citation'),
}

export const FIELDS: Record<Published, { title: Localized; fields: Record<string, Localized> }> = {
  forms: {
    title: f('Kooperationsformen', 'Cooperation forms'),
    fields: {
      ...common,
      name: f('Name der Form', 'Name of the form'),
      short: f('Kurzbeschreibung in einem Satz', 'One-sentence summary'),
      category: f('Art: informal, public-law, private-law oder organisational', 'Type: informal, public-law, private-law or organisational'),
      description: f('Ausführliche Beschreibung', 'Full description'),
      fitsWhen: f('Wann die Form passt', 'When the form fits'),
      fitsNot: f('Wann sie nicht passt', 'When it does not fit'),
      'legalPersonality … exit': f('Merkmale (Rechtspersönlichkeit, Personal, Organe, Haftung, Finanzierung, Vergaberecht, Umsatzsteuer, Datenschutz, Gründungsaufwand, Flexibilität, Austritt), je mit summary und detail', 'Criteria (legal personality, staff, bodies, liability, financing, procurement, VAT, data protection, set-up effort, flexibility, exit), each with summary and detail'),
      areas: f('Typische Aufgabenfelder (Kennungen aus areas)', 'Typical task areas (ids from areas)'),
      related: f('Verwandte Formen', 'Related forms'),
    },
  },
  laws: {
    title: f('Landesrecht', 'State law'),
    fields: {
      ...common,
      land: f('Länderkürzel, z. B. BY', 'Land code, e.g. BY'),
      landName: f('Name des Landes', 'Name of the Land'),
      kind: f('flaechenland oder stadtstaat', 'flaechenland (non-city state) or stadtstaat (city-state)'),
      act: f('Gesetz über die kommunale Zusammenarbeit: Name, englischer Name, Abkürzung, Adresse', 'Act on municipal cooperation: name, English name, abbreviation, address'),
      summary: f('Zusammenfassung', 'Summary'),
      forms: f('Vorgesehene Formen (Kennungen aus forms)', 'Forms provided (ids from forms)'),
      provisions: f('Vorschriften je Form: form, section, note', 'Provisions per form: form, section, note'),
      particularities: f('Besonderheiten', 'Particularities'),
    },
  },
  areas: {
    title: f('Aufgabenfelder', 'Task areas'),
    fields: {
      ...common,
      name: f('Name des Aufgabenfelds', 'Name of the task area'),
      short: f('Kurzbeschreibung', 'Summary'),
      shared: f('Was typischerweise geteilt wird', 'What is typically shared'),
      forms: f('Geeignete Formen', 'Suitable forms'),
      benefits: f('Nutzen', 'Benefits'),
      pitfalls: f('Stolpersteine', 'Pitfalls'),
      prerequisites: f('Voraussetzungen', 'Prerequisites'),
    },
  },
  glossary: {
    title: f('Glossar', 'Glossary'),
    fields: {
      ...common,
      term: f('Begriff (deutsch)', 'Term (German)'),
      english: f('Englische Wiedergabe', 'English rendering'),
      definition: f('Definition', 'Definition'),
      related: f('Verwandte Begriffe', 'Related terms'),
      form: f('Zugehörige Kooperationsform', 'Related cooperation form'),
    },
  },
  examples: {
    title: f('Praxisbeispiele', 'Practice examples'),
    fields: {
      ...common,
      name: f('Name der Kooperation', 'Name of the cooperation'),
      partners: f('Partner, wie öffentlich genannt', 'Partners as publicly named'),
      partnerCount: f('Zahl der Partner', 'Number of partners'),
      laender: f('Länder', 'Länder'),
      areas: f('Aufgabenfelder', 'Task areas'),
      form: f('Kooperationsform', 'Cooperation form'),
      startYear: f('Jahr des Beginns', 'Start year'),
      description: f('Beschreibung', 'Description'),
      achievements: f('Was die Kooperation laut Quellen erreicht hat', 'What the cooperation achieved according to the sources'),
      website: f('Website der Kooperation', 'Website of the cooperation'),
    },
  },
  funding: {
    title: f('Förderprogramme', 'Funding programmes'),
    fields: {
      ...common,
      name: f('Name des Programms', 'Name of the programme'),
      level: f('Ebene: land, bund oder eu', 'Level: land, bund (federal) or eu'),
      laender: f('Länder, in denen es gilt (leer: alle)', 'Länder where it applies (empty: all)'),
      provider: f('Fördergeber', 'Funding body'),
      areas: f('Aufgabenfelder (leer: alle)', 'Task areas (empty: all)'),
      summary: f('Was gefördert wird und wer antragsberechtigt ist', 'What is funded and who may apply'),
      conditions: f('Bedingungen: rate, maximum, minimumDuration, savingsProof, documents', 'Conditions: rate, maximum, minimumDuration, savingsProof, documents'),
      url: f('Offizielle Seite des Programms', 'Official programme page'),
    },
  },
}
