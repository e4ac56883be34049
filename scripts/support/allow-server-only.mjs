// For scripts that must load React's client build (react-pdf renders through react-reconciler, which the
// react-server build lacks) and also server-only modules: resolves the `server-only` marker to an empty module,
// as the react-server condition would.
import { register } from "node:module";

const hook = `
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
