/** The parts of a content-manager side panel (a PanelComponent) this file touches. */
type PanelResult = { title?: unknown } & Record<string, unknown>;
type Panel = ((props: unknown) => PanelResult | null) & { type?: string };

/** What strapi-plugin-publisher 2.0.9 hard-codes as its panel's title (ActionManager.tsx). */
const PUBLISHER_TITLE = 'Publisher';
const PUBLISHER_TITLE_ZH = '定时发布';

/**
 * strapi-plugin-publisher 2.0.9 titles its edit-view panel with the literal 'Publisher' (shown
 * as PUBLISHER), not a translation. Each panel is wrapped so that panel's title reads 定时发布;
 * the panel is a hook-like function the content manager calls during render, and the wrapper
 * calls it exactly once, so the hooks inside keep their order. Other panels pass through.
 */
export const renamePublisherPanel = (panels: Panel[]): Panel[] =>
  panels.map((panel) => {
    const renamed: Panel = (props) => {
      const result = panel(props);
      return result && result.title === PUBLISHER_TITLE
        ? { ...result, title: PUBLISHER_TITLE_ZH }
        : result;
    };
    renamed.type = panel.type;
    // Keep the name: the content manager derives the panel's React key from it.
    Object.defineProperty(renamed, 'name', { value: panel.name });
    return renamed;
  });
