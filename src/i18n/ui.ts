// Interface strings in English and German. Story text lives in content/, not here.
import type { Locale } from '../lib/format';

const en = {
  siteTitle: 'The DeepSeek Shock',
  siteDescription:
    'How a cheap Chinese AI model made investors doubt the AI boom, and cost Nvidia more market value in one day than any company had ever lost: an explainer of the sell-off of 27 January 2025.',
  heroKicker: 'Monday, 27 January 2025',
  skipToStory: 'Skip to the story',
  otherLanguage: 'Deutsch',
  otherLanguageLabel: 'Diese Geschichte auf Deutsch lesen',
  contents: 'Contents',
  copyLink: 'Copy link',
  copyLinkShort: 'Link',
  linkCopied: 'Link copied',
  section: 'section',
  step: 'Step',
  previousStep: 'Previous step',
  nextStep: 'Next step',
  sources: 'Sources',
  sectionSources: 'Sources for this section',
  dataTable: 'Show the data as a table',
  downloadCsv: 'Download the data (CSV)',
  tableSource: 'Source',
  tableName: 'Name',
  readAt: 'read at',
  corrections: 'Corrections and clarifications to the German report',
  correctionIn: 'In the section',
};

export type UiStrings = Record<keyof typeof en, string>;

const de: UiStrings = {
  siteTitle: 'Der DeepSeek-Schock',
  siteDescription:
    'Wie ein günstiges KI-Modell aus China Anleger am KI-Boom zweifeln ließ und Nvidia an einem Tag mehr Börsenwert kostete als je ein Unternehmen zuvor: eine Erklärung des Kurssturzes vom 27. Januar 2025.',
  heroKicker: 'Montag, 27. Januar 2025',
  skipToStory: 'Direkt zur Geschichte',
  otherLanguage: 'English',
  otherLanguageLabel: 'Read this story in English',
  contents: 'Inhalt',
  copyLink: 'Link kopieren',
  copyLinkShort: 'Link',
  linkCopied: 'Link kopiert',
  section: 'Abschnitt',
  step: 'Schritt',
  previousStep: 'Vorheriger Schritt',
  nextStep: 'Nächster Schritt',
  sources: 'Quellen',
  sectionSources: 'Quellen zu diesem Abschnitt',
  dataTable: 'Die Daten als Tabelle zeigen',
  downloadCsv: 'Daten herunterladen (CSV)',
  tableSource: 'Quelle',
  tableName: 'Name',
  readAt: 'gelesen bei',
  corrections: 'Korrekturen und Klarstellungen zum deutschen Ursprungsbericht',
  correctionIn: 'Im Abschnitt',
};

const UI: Record<Locale, UiStrings> = { en, de };

export function ui(locale: Locale): UiStrings {
  return UI[locale];
}
