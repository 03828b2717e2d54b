/**
 * The extractor's version, stored with every analysed posting. Bump it with every change to
 * extraction or the taxonomy: postings analysed by an older version are re-analysed (on read, or
 * by `npm run reanalyze`), so stored postings follow the engine.
 */
export const EXTRACTOR_VERSION = 6;
