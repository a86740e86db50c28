/**
 * The analyser's version. Bump it whenever `analyzePosting` would give a different answer for the
 * same posting (a new field, a changed rule or table): saved postings keep the analysis they were
 * given with this number, and are analysed again only when it differs.
 */
export const analyserVersion = 4;
