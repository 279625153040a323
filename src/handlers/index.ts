/** Every webhook handler, in the order they run for one delivery. */
import { installationHandler } from "./installation.js";
import { pushHandler } from "./push.js";
import type { Handler } from "./router.js";

export const HANDLERS: readonly Handler[] = [installationHandler, pushHandler];
