/**
 * The hiring company's own name is never a skill of the posting: "Fullstory" at Fullstory,
 * "Dagster" at Dagster Labs, "Sourcegraph Cody" (a product) at Sourcegraph.
 */

/** A name as compared: lowercase, without spaces, dots, hyphens or slashes ("Full-Story" = "fullstory"). */
const nameKey = (name: string) => name.toLowerCase().replace(/[\s.\-/]+/g, "");

/** "Dagster Labs", "Acme, Inc.", "Foo AI": the words after a company's own name. */
const COMPANY_SUFFIX = /[\s,]+(?:labs?|inc\.?|llc|ltd\.?|gmbh|hq|technologies|technology|tech|software|systems|corp\.?|corporation|co\.?|ai|io)$/i;

/**
 * Whether a matched name is the company's own or one of its products: "Fullstory" at Fullstory,
 * "Dagster" at Dagster Labs, "Sourcegraph Cody" at Sourcegraph. Such a name says who hires, not a skill.
 */
export function companyNameTest(rawCompany: string): (matchedText: string, skillName: string) => boolean {
  // "Foundry [https://mlfoundry.com/]": the name without its link.
  const company = rawCompany.replace(/\s*(?:\[[^\]]*\]?|\([^)]*\)?|https?:\/\/\S*)/g, "").trim();
  const keys = new Set([nameKey(company), nameKey(company.replace(COMPANY_SUFFIX, ""))].filter((key) => key.length >= 2));
  const longest = [...keys].filter((key) => key.length >= 5);
  return (matchedText, skillName) => {
    if (keys.has(nameKey(matchedText))) return true;
    const skillKey = nameKey(skillName);
    return longest.some((key) => skillKey.startsWith(key));
  };
}
