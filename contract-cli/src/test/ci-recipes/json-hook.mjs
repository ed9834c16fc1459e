// GitHub's workflow parser imports its JSON schema without an import attribute, which Node 20
// refuses; this hook supplies the attribute, and changes nothing else.
export async function load(url, context, nextLoad) {
  if (url.endsWith(".json")) return nextLoad(url, { ...context, importAttributes: { type: "json" } });
  return nextLoad(url, context);
}
