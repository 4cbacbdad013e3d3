/**
 * The validator writes its findings in English (the CLI and CI read them); the options page shows
 * them in the interface language. Each rule: the English message → a message key and its values.
 */
const RULES: [RegExp, string][] = [
  [/^missing front matter/, 'errMissingFrontMatter'],
  [/^front matter line is not "key: value": (.*)$/, 'errFrontMatterLine'],
  [/^front matter key "(.+)" appears twice$/, 'errFrontMatterTwice'],
  [/^front matter is not closed/, 'errFrontMatterOpen'],
  [/^front matter has no "(.+)"$/, 'errFrontMatterMissingKey'],
  [/^the pack has no pack\.json/, 'errNoManifest'],
  [/^not valid JSON: (.*)$/, 'errNotJson'],
  [/^not UTF-8 text/, 'errNotUtf8'],
  [/^the document is empty/, 'errDocEmpty'],
  [/^duplicate channel id "(.+)"$/, 'errDupChannel'],
  [/^listed document "(.+)" is missing$/, 'errDocMissing'],
  [/^duplicate document id "(.+)" \(also in (.+)\)$/, 'errDupDocument'],
  [/^duplicate template id "(.+)" \(also in (.+)\)$/, 'errDupTemplate'],
  [/^duplicate section id "(.+)" \(first at line (\d+)\)$/, 'errDupSection'],
  [/^host "(.+)" names unknown channel "(.+)"$/, 'errHostChannel'],
  [/^text before the first heading/, 'errTextBeforeHeading'],
  [/^more than one "# title" heading/, 'errTwoTitles'],
  [/^unknown channel "(.+?)" \(the pack's channels: (.*)\)$/, 'errUnknownChannel'],
  [/^the template has no text/, 'errTemplateEmpty'],
  [/^not listed in pack\.json$/, 'errNotListed'],
  [/^"(.+?)" must be one of: (.*)$/, 'errFieldOneOf'],
  [/^"(.+?)" must be lower-case latin/, 'errFieldId'],
  [/^"(.+?)" must be a date/, 'errFieldDate'],
  [/^"(.+?)" must not be empty/, 'errFieldEmpty'],
  [/^"(.+?)" holds a direction control character/, 'errFieldBidi'],
  [/^"(.+?)" has no visible character$/, 'errFieldInvisible'],
  [/^heading holds a direction control character/, 'errHeadingBidi'],
  [/^heading has no visible character$/, 'errHeadingInvisible'],
  [/^text holds a direction override/, 'errTextBidi'],
  [/^unknown placeholder "(.+)"$/, 'errPlaceholder'],
  [/^gender form "(.+)" needs three forms/, 'errGenderForm'],
  [/^([\w.]+): must be one of: (.*)$/, 'errFieldOneOf'],
  [/^([\w.]+): must be lower-case latin/, 'errFieldId'],
  [/^([\w.]+): must not be empty/, 'errFieldEmpty'],
  [/^"(.+?)" (.+)$/, 'errFieldInvalid'],
];

/** The message key and values for a validator message; null when no rule knows it (shown as written). */
export function errorText(message: string): { key: string; args: string[] } | null {
  for (const [pattern, key] of RULES) {
    const m = pattern.exec(message);
    if (m) return { key, args: m.slice(1) };
  }
  return null;
}
