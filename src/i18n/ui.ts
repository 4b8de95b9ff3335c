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
  embedChart: 'Embed this chart',
  embedHelp: 'Paste this code into a web page or a learning platform to show the chart there. Add ?step=2 and so on to the address to start at another step. Every chart is also on',
  embedPage: 'its own page',
  embedCode: 'Embed code',
  copyCode: 'Copy code',
  embedIndexTitle: 'Embed a chart',
  embedIndexIntro: 'Each chart of the story can be shown on its own, in a web page or a learning platform, with its caption and sources. Copy the code below a chart and paste it where it should appear.',
  readStory: 'Read it in the story',
  learningGoals: 'Learning goals',
  glossary: 'Glossary',
  discussionQuestions: 'Questions for discussion',
  usingCharts: 'Using the charts',
  usingChartsIntro: 'Every chart can be linked to step by step, shown on its own or embedded in a learning platform, and its data downloaded as CSV. Embed codes for all charts:',
  printTip: 'Printing the story gives the full text with each chart in its most informative state and every source address written out.',
  forTeachers: 'For teachers',
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
  embedChart: 'Diese Grafik einbetten',
  embedHelp: 'Fügen Sie diesen Code in eine Webseite oder eine Lernplattform ein, um die Grafik dort zu zeigen. Mit ?step=2 usw. am Ende der Adresse beginnt sie bei einem anderen Schritt. Jede Grafik hat auch',
  embedPage: 'eine eigene Seite',
  embedCode: 'Code zum Einbetten',
  copyCode: 'Code kopieren',
  embedIndexTitle: 'Eine Grafik einbetten',
  embedIndexIntro: 'Jede Grafik der Geschichte lässt sich einzeln zeigen, auf einer Webseite oder in einer Lernplattform, mit Bildunterschrift und Quellen. Kopieren Sie den Code unter einer Grafik und fügen Sie ihn dort ein, wo sie erscheinen soll.',
  readStory: 'In der Geschichte lesen',
  learningGoals: 'Lernziele',
  glossary: 'Glossar',
  discussionQuestions: 'Fragen zur Diskussion',
  usingCharts: 'Die Grafiken im Unterricht',
  usingChartsIntro: 'Jede Grafik lässt sich Schritt für Schritt verlinken, einzeln zeigen oder in eine Lernplattform einbetten, und ihre Daten lassen sich als CSV herunterladen. Codes zum Einbetten aller Grafiken:',
  printTip: 'Beim Drucken erscheint der ganze Text, jede Grafik in ihrem aussagekräftigsten Zustand und jede Quellenadresse ausgeschrieben.',
  forTeachers: 'Für Lehrkräfte',
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
