// The chart boxes the layout tests draw in: the box of each screen size we design for, measured in Chromium,
// and shorter ones for row and square charts under long titles (unit/chart-collisions, unit/date-axis).
import { FALLBACK_BOX } from '../src/lib/charts/fallback-box';

/** The chart box at each screen we design for (width and height of the drawing area, px). */
export const CHART_BOXES = [
  // measured in Chromium (the smallest chart box of any chart at that screen, in either language: on phones
  // a long title or credit takes height from the chart; at 320x640 that of a line chart, row and square
  // charts below), with some slack below
  { screen: '320x640', width: 288, height: 270 },
  // (the most common Android screen, and an iPhone SE's)
  { screen: '360x640', width: 328, height: 265 },
  { screen: '375x667', width: 343, height: 290 },
  { screen: '390x844', width: 358, height: 400 },
  { screen: '768x1024', width: 736, height: 560 },
  // (a tablet on its side, the narrowest screen that stands the chart beside the steps: as on laptops)
  { screen: '960x640', width: 464, height: 430 },
  // (windows from 52rem wide and up to 37.5rem high stand the chart beside the steps too, in a wider column
  // (styles/story.css): a phone on its side, whose box leaves the market moves little room to spare (at its
  // first step they take 249 px), a larger phone, a laptop's browser with its bars, a page zoomed to 125%, a 1920 px
  // screen at 200% with its bars, a laptop at 150%)
  { screen: '844x390', width: 484, height: 252 },
  { screen: '932x430', width: 572, height: 290 },
  { screen: '960x480', width: 600, height: 335 },
  { screen: '1280x560', width: 920, height: 415 },
  { screen: '960x470', width: 600, height: 325 },
  { screen: '1366x450', width: 1006, height: 305 },
  // (narrower short windows stand the chart in the flow above its cards, 16rem high or as the window leaves: a
  // small phone on its side, a laptop page zoomed to 200%; styles/story.css)
  { screen: '667x375', width: 635, height: 256 },
  { screen: '640x400', width: 608, height: 268 },
  { screen: '1024x768', width: 528, height: 560 },
  { screen: '1280x800', width: 784, height: 585 },
  { screen: '1440x900', width: 880, height: 700 },
  { screen: '1920x1080', width: 880, height: 750 },
  // a little narrower than any of them, for screens between; and the size drawn before measuring (server, and
  // the row and line charts' printouts)
  { screen: 'between', width: 330, height: 400 },
  // shorter boxes than any screen gives today, so that a longer title or caption does not start collisions
  { screen: 'short phone box', width: 358, height: 270 },
  { screen: 'short small-phone box', width: 288, height: 270 },
  { screen: 'fallback', ...FALLBACK_BOX },
] as const;

/** Row and square charts stand under longer titles on a small phone: their boxes there are shorter still
 *  (at 320x640, 265 px for the English market moves; 248 px for the German cost-vs-capex chart, whose title
 *  runs to three lines beside the step buttons), so they are checked in a shorter box too, with room to spare
 *  for a title a line longer. */
export const SHORTER_BOXES: Record<string, readonly { screen: string; width: number; height: number }[]> = {
  rows: [{ screen: 'small phone, long title', width: 288, height: 252 }],
  squares: [{ screen: 'small phone, long title', width: 288, height: 222 }],
};
