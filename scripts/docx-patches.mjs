// Faster equivalents of a few lines of the docx library, put in while it is bundled (build.mjs).
//
// docx is compiled by Babel for old engines: every class field goes through the _defineProperty
// helper (toPropertyKey, toPrimitive, _typeof on each call) and every object spread through
// _objectSpread2 (a closure and a _defineProperty call per key). Building the Word files makes
// hundreds of thousands of such calls, a good part of a render with every format (npm run bench).
// Each replacement gives the same objects as the line it replaces, so the same bytes: the
// examples' committed .docx files and `render --check` say so. docx is pinned; if one of these
// lines changes, the build stops here rather than silently keeping the slow one.

const patches = [
  {
    why: 'a class field or a spread key is nearly always a string: skip toPropertyKey for it',
    slow: 'function _defineProperty(e, r, t) {\n\treturn (r = toPropertyKey(r)) in e ?',
    fast: 'function _defineProperty(e, r, t) {\n\treturn (r = typeof r === "string" ? r : toPropertyKey(r)) in e ?',
  },
  {
    why: 'the same keys in the same order (own enumerable strings, then symbols), without a closure per key',
    slow: `\t\tr % 2 ? ownKeys(Object(t), !0).forEach(function(r) {
\t\t\t_defineProperty(e, r, t[r]);
\t\t}) :`,
    fast: `\t\tr % 2 ? (() => {
\t\t\tconst o = Object(t);
\t\t\tfor (const k of Object.keys(o)) _defineProperty(e, k, o[k]);
\t\t\tfor (const s of Object.getOwnPropertySymbols(o)) if (Object.getOwnPropertyDescriptor(o, s).enumerable) _defineProperty(e, s, o[s]);
\t\t})() :`,
  },
  {
    why: 'the attributes of an element were copied into a new object once per attribute; one object, filled in order',
    slow: 'return { _attr: Object.values(this.root).filter(({ value }) => value !== void 0).reduce((acc, { key, value }) => _objectSpread2(_objectSpread2({}, acc), {}, { [key]: value }), {}) };',
    fast: 'const attr = {};\n\t\tfor (const { key, value } of Object.values(this.root)) if (value !== void 0) _defineProperty(attr, key, value);\n\t\treturn { _attr: attr };',
  },
  {
    why: 'every element gathers its children with one loop instead of a map and a filter',
    slow: `\t\tconst children = this.root.map((comp) => {
\t\t\tif (comp instanceof BaseXmlComponent) return comp.prepForXml(context);
\t\t\treturn comp;
\t\t}).filter((comp) => comp !== void 0);`,
    fast: `\t\tconst children = [];
\t\tfor (const comp of this.root) {
\t\t\tconst child = comp instanceof BaseXmlComponent ? comp.prepForXml(context) : comp;
\t\t\tif (child !== void 0) children.push(child);
\t\t}`,
  },
  {
    why: 'the xml package writes each part through a queue of element records (Array.shift per child, a callback per value); without indentation or a stream, the same text straight from the objects',
    slow: '\tmodule.exports = xml;\n\tmodule.exports.element = module.exports.Element = element;',
    fast: `\tmodule.exports = function(input, options) {
\t\treturn options && typeof options === "object" && !options.indent && !options.stream ? plainXml(input, options) : xml(input, options);
\t};
\tmodule.exports.element = module.exports.Element = element;
\tvar PLAIN_ESCAPE = /[&"<>']/;
\tfunction plainEscape(string) {
\t\treturn string && string.replace ? PLAIN_ESCAPE.test(string) ? escapeForXML(string) : string : string;
\t}
\tfunction plainAttributes(obj) {
\t\tvar out = "";
\t\tfor (var key of Object.keys(obj)) out += " " + key + "=\\"" + plainEscape(obj[key]) + "\\"";
\t\treturn out;
\t}
\tfunction plainXml(input, options) {
\t\tvar output = "";
\t\tif (options.declaration) {
\t\t\tvar attr = { version: "1.0", encoding: options.declaration.encoding || "UTF-8" };
\t\t\tif (options.declaration.standalone) attr.standalone = options.declaration.standalone;
\t\t\toutput = plainElement({ "?xml": { _attr: attr } }).replace("/>", "?>");
\t\t}
\t\tif (input && input.forEach) input.forEach(function(value) { output += plainElement(value); });
\t\telse output += plainElement(input);
\t\treturn output;
\t}
\t// resolve() and format() of one element at once, with their quirks: a text child replaces
\t// the child written before it, a list (even empty) gives an open and a close tag.
\tfunction plainElement(data) {
\t\tvar name, values = data;
\t\tif (typeof data === "object") {
\t\t\tname = Object.keys(data)[0];
\t\t\tvalues = data[name];
\t\t\tif (values && values._elem) throw new Error("docx-patches: xml element streams are not expected");
\t\t}
\t\tvar attributes = "", inner = "", last, count = 0;
\t\tswitch (typeof values) {
\t\t\tcase "object":
\t\t\t\tif (values === null) break;
\t\t\t\tif (values._attr) attributes += plainAttributes(values._attr);
\t\t\t\tif (values._cdata) {
\t\t\t\t\tinner = ("<![CDATA[" + values._cdata).replace(/\\]\\]>/g, "]]]]><![CDATA[>") + "]]>";
\t\t\t\t\tcount = 1;
\t\t\t\t}
\t\t\t\tif (values.forEach) {
\t\t\t\t\t// \`last\` is the newest child, which a text child after it replaces.
\t\t\t\t\tlast = "";
\t\t\t\t\tcount++;
\t\t\t\t\tvar isStringContent = false;
\t\t\t\t\tfor (var i = 0; i < values.length; i++) {
\t\t\t\t\t\tvar value = values[i];
\t\t\t\t\t\tif (typeof value == "object") if (Object.keys(value)[0] == "_attr") attributes += plainAttributes(value._attr);
\t\t\t\t\t\telse {
\t\t\t\t\t\t\tif (last !== void 0) inner += last;
\t\t\t\t\t\t\tlast = plainElement(value);
\t\t\t\t\t\t}
\t\t\t\t\t\telse {
\t\t\t\t\t\t\tisStringContent = true;
\t\t\t\t\t\t\tlast = plainEscape(value);
\t\t\t\t\t\t}
\t\t\t\t\t}
\t\t\t\t\tif (last !== void 0) inner += last;
\t\t\t\t}
\t\t\t\tbreak;
\t\t\tdefault:
\t\t\t\tcount = 1;
\t\t\t\tvalues = plainEscape(values);
\t\t\t\tif (values !== void 0) inner += values;
\t\t}
\t\tif (!count) return (name ? "<" + name : "") + attributes + (name ? "/>" : "");
\t\treturn (name ? "<" + name : "") + attributes + (name ? ">" : "") + inner + (name ? "</" + name + ">" : "");
\t}`,
  },
  {
    why: 'JSZip (the browser build docx carries) is set up when first used, not when the library loads: copkit zips the parts itself',
    slow: 'var import_jszip_min = /* @__PURE__ */ __toESM(require_jszip_min(), 1);',
    fast: 'var import_jszip_min = { get default() { return __toESM(require_jszip_min(), 1).default; } };',
  },
  {
    why: 'the browser stream polyfill, for streaming a package, is set up when first used',
    slow: 'var import_stream_browserify = require_stream_browserify();',
    fast: 'var import_stream_browserify = { get Stream() { return require_stream_browserify().Stream; } };',
  },
  {
    why: 'the xml package makes a stream only when asked for one (never with the plain serialiser)',
    slow: '\tvar Stream = require_stream_browserify().Stream;\n\tvar DEFAULT_INDENT',
    fast: '\tvar Stream = function() { return new (require_stream_browserify().Stream)(); };\n\tvar DEFAULT_INDENT',
  },
  {
    // docx names each image by the SHA-1 of its bytes, computed in JavaScript (hash.js, after
    // copying the bytes into an array): for the timeline PNG that costs tens of milliseconds.
    why: 'the same SHA-1 of an image, with node:crypto',
    slow: 'var hashedId = (data) => import_hash.default.sha1().update(data instanceof ArrayBuffer ? new Uint8Array(data) : data).digest("hex");',
    fast: 'var hashedId = (data) => __copkitCreateHash("sha1").update(data instanceof ArrayBuffer ? new Uint8Array(data) : data).digest("hex");',
  },
];

/** The esbuild plugin that applies the patches to docx's ESM build. */
export function docxPatchesPlugin(readFileSync) {
  return {
    name: 'docx-patches',
    setup(b) {
      b.onLoad({ filter: /[\\/]node_modules[\\/]docx[\\/]dist[\\/]index\.mjs$/ }, (args) => ({ contents: patchDocx(readFileSync(args.path, 'utf8'), args.path), loader: 'js' }));
    },
  };
}

export function patchDocx(text, path) {
  let out = text;
  for (const { why, slow, fast } of patches) {
    const at = out.indexOf(slow);
    if (at < 0 || out.indexOf(slow, at + 1) >= 0) throw new Error(`docx changed: ${path} no longer has the line scripts/docx-patches.mjs replaces (${why}) exactly once`);
    out = out.slice(0, at) + fast + out.slice(at + slow.length);
  }
  return `import { createHash as __copkitCreateHash } from 'node:crypto';\n${out}`;
}
