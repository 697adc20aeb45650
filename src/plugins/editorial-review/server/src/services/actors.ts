import { currentActor, runAsActor } from '../actor/actor-context';

/** Who is acting, for code outside the plugin: the seed and the CLI run their writes as someone. */
export const createActorsService = () => ({ runAsActor, currentActor });
