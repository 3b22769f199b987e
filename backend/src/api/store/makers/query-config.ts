export const listMakersQueryConfig = { defaults: [], isList: true }
export const retrieveMakerQueryConfig = { defaults: [] }
