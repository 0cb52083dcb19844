// Builds the task pane (taskpane.html, loaded by Excel) and the offline preview (preview.html, the
// same task pane against a simulated workbook) into dist/, with assets/ and manifest.xml.
//   npm run build       webpack --mode production   (no certificates needed)
//   npm run dev-server  webpack serve --mode development   (https://localhost:3000)
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { originFrom, manifestForOrigin } = require("./scripts/manifestOrigin");

const PORT = 3000;

/**
 * HTTPS options for the dev server. Office trusts the certificates that office-addin-dev-certs
 * installs, so use them when that package is installed and has already generated them; never
 * generate or install certificates from here (that needs sudo on Linux). Otherwise fall back to
 * webpack-dev-server's own self-signed certificate, which a browser accepts after a warning.
 */
function httpsServer() {
  let hasDevCerts = false;
  try {
    require.resolve("office-addin-dev-certs");
    hasDevCerts = true;
  } catch {
    hasDevCerts = false;
  }
  // Default locations used by office-addin-dev-certs.
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const present = Object.values(files).every((f) => fs.existsSync(path.join(dir, f)));
  if (hasDevCerts && present) {
    const options = {};
    for (const [k, f] of Object.entries(files)) options[k] = fs.readFileSync(path.join(dir, f));
    return { type: "https", options };
  }
  return "https";
}

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  // Where the add-in is hosted: ADDIN_ORIGIN=https://… npm run build writes dist/manifest.xml for
  // it (README, "Deploying"). Without it the manifest keeps the dev server's URLs.
  const origin = originFrom({ ...process.env, ...(env || {}) });
  if (!dev && !origin)
    console.warn(
      "dist/manifest.xml points at https://localhost:3000 (development). " +
        "Set ADDIN_ORIGIN=https://your.host to build the production manifest.",
    );
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/taskpane/preview.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Office caches add-in files aggressively: hashed names make each release load fresh code.
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".jsx", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; the bundle only needs transpiling.
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              compilerOptions: {
                // tsconfig emits CommonJS for Node (CLI, jest); ES modules let webpack tree-shake
                // React and Fluent UI.
                module: "esnext",
                // Excel for Mac runs add-ins in the system Safari web view: keep syntax modest.
                target: "es2020",
                useDefineForClassFields: true,
              },
            },
          },
        },
      ],
    },
    plugins: [
      // One page template: the task pane loads office.js from the CDN, the preview must not.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        title: "客户分析 · Customer Analytics",
        officeJs: true,
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["preview"],
        title: "客户分析 预览 · Customer Analytics preview",
        officeJs: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", globOptions: { ignore: ["**/.*"] } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestForOrigin(content.toString("utf8"), origin),
          },
        ],
      }),
    ],
    // React + Fluent UI are large; warn only well above what they need.
    performance: {
      hints: dev ? false : "warning",
      maxEntrypointSize: 2 * 1024 * 1024,
      maxAssetSize: 2 * 1024 * 1024,
    },
    devServer: {
      port: PORT,
      server: httpsServer(),
      // Excel's webview loads pages and icons cross-origin from the manifest's URLs.
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: true,
      client: { overlay: { warnings: false } },
      static: false,
    },
  };
};
