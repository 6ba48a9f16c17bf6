// Runs axe-core in a real browser (Debian's Chromium, driven by
// puppeteer-core) over HTML files and prints what it finds, for
// tests/accessibility.rs. Usage:
//   NODE_PATH=<node_modules> node check.js <chromium> <file.html>...
// Prints, for each file, one line per violation:
//   violation<TAB>file<TAB>rule<TAB>impact<TAB>where<TAB>help
// then `checked<TAB>file<TAB><rules passed><TAB><violations>`.
// Only WCAG 2.x A and AA rules are run. Nothing is fetched: the pages are
// local files with everything inside them, and axe is read from disk.
"use strict";
const path = require("path");
const puppeteer = require("puppeteer-core");
const axeSource = require.resolve("axe-core/axe.min.js");
const fs = require("fs");

// puppeteer wants a path; the test passes a name found on the PATH.
function onPath(program) {
  if (program.includes("/")) return program;
  for (const dir of (process.env.PATH || "").split(path.delimiter)) {
    const candidate = path.join(dir, program);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return program;
}

async function main() {
  const [chromium, ...files] = process.argv.slice(2);
  if (!chromium || files.length === 0) {
    console.error("usage: node check.js <chromium> <file.html>...");
    process.exit(2);
  }
  const browser = await puppeteer.launch({
    executablePath: onPath(chromium),
    headless: true,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    for (const file of files) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1240, height: 1754 });
      await page.goto("file://" + path.resolve(file), { waitUntil: "load" });
      await page.addScriptTag({ path: axeSource });
      const result = await page.evaluate(() =>
        // eslint-disable-next-line no-undef
        axe.run(document, {
          runOnly: {
            type: "tag",
            values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
          },
          resultTypes: ["violations"],
        }),
      );
      for (const violation of result.violations) {
        for (const node of violation.nodes) {
          console.log(
            [
              "violation",
              file,
              violation.id,
              violation.impact,
              node.target.join(" "),
              violation.help,
            ].join("\t"),
          );
        }
      }
      console.log(
        ["checked", file, result.passes.length, result.violations.length].join("\t"),
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
