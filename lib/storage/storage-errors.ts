import { APIError } from 'payload'

/** What an editor is told when the bucket fails a save or a removal. */
export const STORE_FAILED =
  'The image could not be saved: object storage is not answering. Nothing was saved; try again in a moment.'
export const REMOVE_FAILED =
  'The image could not be removed: object storage is not answering. Nothing was removed; try again in a moment.'

/**
 * The editor's message when the bucket fails a save. Named explicitly: production builds
 * minify class names, and Payload answers an error without a name "An unknown error occurred."
 */
export class ObjectStorageUnavailable extends APIError {
  constructor(message: string) {
    super(message, 503, null, true)
    this.name = 'ObjectStorageUnavailable'
  }
}
