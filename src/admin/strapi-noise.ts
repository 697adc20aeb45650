/**
 * Turns off Strapi's own onboarding and announcements, which editors of a newsroom do not need
 * and which point at Strapi Cloud, blog posts and documentation this network cannot reach. Each
 * switch is Strapi 5.54's own persisted "dismissed" state, set before the admin reads it; none
 * patches Strapi's code.
 */

type Storage = Pick<typeof window.localStorage, 'getItem' | 'setItem'>;

/** Strapi's guided tour (the "探索你的应用" card and its tooltips) keeps its state here. */
const GUIDED_TOUR_KEY = 'STRAPI_GUIDED_TOUR';

/** Marks the guided tour as turned off, as its "关闭新手引导" button does; other state is kept. */
export function turnOffGuidedTour(storage: Storage = window.localStorage): void {
  let state: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(storage.getItem(GUIDED_TOUR_KEY) ?? '{}');
    if (parsed && typeof parsed === 'object') state = parsed as Record<string, unknown>;
  } catch {
    // Unreadable state: Strapi would start over too.
  }
  if (state.enabled === false) return;
  storage.setItem(GUIDED_TOUR_KEY, JSON.stringify({ ...state, enabled: false }));
}

/**
 * The "全新媒体库上线" banner above every page: dismissed per instance (keyed by the uuid that
 * GET /admin/init returns) and per media-library flag, so both keys are set.
 */
export async function dismissMediaLibraryBanner(
  backendUrl: string,
  storage: Storage = window.localStorage
): Promise<void> {
  const response = await fetch(`${backendUrl}/admin/init`);
  if (!response.ok) return;
  const body = (await response.json()) as { data?: { uuid?: unknown } };
  // Strapi builds the key from whatever uuid is (false when telemetry is off), and from
  // `undefined` before its init query has answered.
  for (const uuid of [String(body.data?.uuid), 'undefined'])
    for (const legacy of [true, false])
      storage.setItem(`STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${uuid}`, 'true');
}

/** Strapi's Page.Title writes "<page> | Strapi" into the tab title. */
const STRAPI_TITLE_SUFFIX = ' | Strapi';

/** Keeps the browser tab titled with the centre's name instead of Strapi's. */
export function brandDocumentTitle(brand: string): void {
  const rename = () => {
    const title = document.title;
    if (title.endsWith(STRAPI_TITLE_SUFFIX))
      document.title = `${title.slice(0, -STRAPI_TITLE_SUFFIX.length)} | ${brand}`;
    else if (title === 'Strapi Admin' || title === 'Strapi') document.title = brand;
  };
  rename();
  new MutationObserver(rename).observe(document.head, {
    subtree: true,
    childList: true,
    characterData: true,
  });
}

interface MenuLink {
  to: string;
}

/**
 * The content-type builder edits schema files and restarts the server, which only
 * `strapi develop` does; a built admin (`strapi build`, what production serves) offers it
 * read-only. Its menu link is removed there; `npm run develop` keeps it.
 */
export function removeSchemaBuilderLink(menu: MenuLink[], isBuiltAdmin: boolean): void {
  if (!isBuiltAdmin) return;
  const index = menu.findIndex((link) => link.to === 'plugins/content-type-builder');
  if (index >= 0) menu.splice(index, 1);
}
