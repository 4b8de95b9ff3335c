// The routes of the share pages, one per chart step in each language (src/pages/[...lang]/share/[step].astro,
// .../embed/[chart]/[step].astro, .../present/[slide].astro): each page names its own part of the address.
import { localeRoutes } from '../lib/paths';
import { chartSteps, type ChartStep } from '../lib/share/share-pages';
import { getStory } from './get-story';

/** getStaticPaths of a share page: every chart step of the story in each language, with `params` the page's
 *  own part of its address. */
export async function chartStepRoutes<P extends Record<string, string>>(params: (step: ChartStep) => P) {
  const routes = await Promise.all(
    localeRoutes().map(async (route) => chartSteps(await getStory(route.props.locale)).map((s) => ({ params: { ...route.params, ...params(s) }, props: { ...route.props, share: s } }))),
  );
  return routes.flat();
}
