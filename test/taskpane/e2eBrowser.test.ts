import { BROWSER_PATHS, findBrowser, isLocal } from "../e2e/browser";

// The browser test's own helpers (test/e2e is not run by jest: it needs a browser).
describe("findBrowser", () => {
  const only =
    (...paths: string[]) =>
    (p: string) =>
      paths.includes(p);

  test("CHROME_PATH wins when it exists, and is not second-guessed when it does not", () => {
    expect(findBrowser({ CHROME_PATH: "/opt/c" }, only("/opt/c", BROWSER_PATHS[0]))).toBe("/opt/c");
    expect(findBrowser({ CHROME_PATH: "/opt/c" }, only(BROWSER_PATHS[0]))).toBeNull();
  });

  test("else the first installed browser in order", () => {
    expect(findBrowser({}, only(BROWSER_PATHS[2], BROWSER_PATHS[1]))).toBe(BROWSER_PATHS[1]);
    expect(findBrowser({}, only())).toBeNull();
  });
});

describe("isLocal", () => {
  test.each([
    ["http://localhost:3001/preview.html", true],
    ["http://127.0.0.1:5/x.js", true],
    ["data:image/png;base64,AAAA", true],
    ["blob:http://localhost:3001/abc", true],
    ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", false],
    ["http://localhost.evil.com/", false],
    ["not a url", false],
  ])("%s → %s", (url, local) => expect(isLocal(url)).toBe(local));
});
