// The production manifest from the template: every URL of the dev server (https://localhost:3000)
// is moved to the origin the add-in is hosted at, given at build time. Microsoft's template does the
// same in webpack.config.js (urlDev / urlProd). Plain CommonJS so webpack.config.js can require it.
// Why not office-addin-manifest (dropped from package.json, issue 13): nothing here parses XML (one
// origin string is replaced), and its API only rewrites <Id>/<DisplayName> (modifyManifestFile) or
// reads a summary (readManifestFile, via xml2js, without line numbers for validate-manifest.ts's
// messages); each of its operations also reports usage data to Microsoft (office-addin-usage-data),
// and its validate needs an online service: the add-in and its build make no network calls.
"use strict";

const DEV_ORIGIN = "https://localhost:3000";

/**
 * The origin to host at, from ADDIN_ORIGIN (or webpack's --env origin=…): https, no path, no
 * trailing slash. Null when none is given (the dev manifest is copied as it is).
 *
 * @example originFrom({ ADDIN_ORIGIN: "https://addins.example.org/" }) // "https://addins.example.org"
 */
function originFrom(env) {
  const raw = (env && (env.ADDIN_ORIGIN || env.origin)) || "";
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_ORIGIN "${raw}" is not a URL (expected e.g. https://addins.example.org).`);
  }
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_ORIGIN "${raw}" must use https: Office loads add-ins only over HTTPS.`);
  if (url.search || url.hash)
    throw new Error(`ADDIN_ORIGIN "${raw}" must not have a query or fragment.`);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/**
 * The manifest with the dev server's URLs moved to `origin` (the Id and everything else kept).
 *
 * @example manifestForOrigin(xml, "https://addins.example.org")
 */
function manifestForOrigin(xml, origin) {
  if (!origin) return xml;
  // The template's comment explains the dev setup; the built manifest says what it is instead.
  const noted = xml.replace(
    /<!--[\s\S]*?-->/,
    `<!-- Production manifest for ${origin}, built from manifest.xml by npm run build. -->`,
  );
  return noted.split(`${DEV_ORIGIN}/`).join(`${origin}/`).split(DEV_ORIGIN).join(origin);
}

module.exports = { DEV_ORIGIN, originFrom, manifestForOrigin };
