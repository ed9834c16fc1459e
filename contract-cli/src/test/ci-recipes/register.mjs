// node --import ./register.mjs ...: see json-hook.mjs.
import { register } from "node:module";
register("./json-hook.mjs", import.meta.url);
