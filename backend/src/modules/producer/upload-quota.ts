/**
 * What one producer group may upload in all (`POST /producer/uploads`), counted from its
 * `producer_upload` records. A group with 40 products of 8 photos, its gallery and a portrait
 * per maker needs about 400 files; at a phone photo's 1-3 MB that is under 1 GiB. The quota keeps
 * one group (or a stolen login) from filling the file store; the operator raises it here.
 */
export const PRODUCER_UPLOAD_QUOTA = {
  files: 500,
  bytes: 1024 * 1024 * 1024,
} as const
