/**
 * JSON for the inside of an HTML `<script>` element (JSON-LD, data blocks). `JSON.stringify`
 * alone lets a string holding `</script>` or `<!--` end the element and run what follows; here
 * every `<`, `>` and `&` becomes a JSON `\u` escape, and so do U+2028/U+2029 (line terminators
 * in older JavaScript parsers). The result parses back to the same value.
 *
 * This is the only way to put JSON into a script element: `site/src` may pass nothing else to
 * `set:html` (tests/unit/escaping.test.ts checks every use).
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value) ?? 'null';
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
