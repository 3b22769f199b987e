export const retrieveImpactQueryConfig = { defaults: [] }
