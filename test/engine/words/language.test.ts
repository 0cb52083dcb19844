import { languageOfTag, requestedLanguage } from "../../../src/engine/words/language";

describe("language of a tag", () => {
  test("any Chinese tag or POSIX locale is zh-CN, anything else en-US", () => {
    for (const t of ["zh", "zh-CN", "ZH-tw", "zh_CN.UTF-8", " zh-Hans "])
      expect(languageOfTag(t)).toBe("zh-CN");
    for (const t of ["en-US", "de-DE", "zhx", "", null, undefined])
      expect(languageOfTag(t)).toBe("en-US");
  });

  test("a language asked for by name: Chinese, English, or not one of ours", () => {
    expect(requestedLanguage("zh")).toBe("zh-CN");
    expect(requestedLanguage("en_GB")).toBe("en-US");
    expect(requestedLanguage("fr")).toBeNull();
  });
});
