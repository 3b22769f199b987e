export const retrievePhotoQueryConfig = { defaults: [] }
